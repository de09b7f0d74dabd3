// HTML → plain text with a single linear scan (no regex over markup, so no
// backtracking on hostile input). Block elements become line breaks so that
// paragraphs survive; script/style/comment bodies are dropped.

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'blockquote', 'pre', 'dd', 'dt', 'nav', 'aside', 'form', 'hr',
]);
const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', hellip: '…', middot: '·', ensp: ' ', emsp: ' ', copy: '©',
};
const TAG_SNIFF = /<\/?(?:html|body|head|div|p|span|br|meta|script|a|table|td|li|h[1-6]|title)\b[^<>]{0,200}>/gi;

/** True when the text carries enough markup to be treated as HTML. */
export function looksLikeHtml(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(TAG_SNIFF)) if (++count >= 2) return true;
  return false;
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[name.toLowerCase()];
}

/** The tag name at text[i] === '<' (lower case, without '/'), and whether it closes. */
function readTagName(text: string, i: number): { name: string; closing: boolean } {
  let j = i + 1;
  const closing = text[j] === '/';
  if (closing) j++;
  let k = j;
  while (k < text.length && k - j < 20 && /[A-Za-z0-9]/.test(text[k]!)) k++;
  return { name: text.slice(j, k).toLowerCase(), closing };
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const ch = html[i]!;
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) break; // truncated tag: drop the rest
      const { name, closing } = readTagName(html, i);
      if (!closing && SKIP_CONTENT_TAGS.has(name)) {
        const endTag = html.toLowerCase().indexOf(`</${name}`, close + 1);
        const endClose = endTag < 0 ? -1 : html.indexOf('>', endTag);
        i = endClose < 0 ? n : endClose + 1;
        continue;
      }
      if (BLOCK_TAGS.has(name)) out.push('\n');
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      const semi = html.indexOf(';', i + 1);
      if (semi > i && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          out.push(decoded);
          i = semi + 1;
          continue;
        }
      }
    }
    // Copy a run of plain text in one slice.
    let j = i + 1;
    while (j < n && html[j] !== '<' && html[j] !== '&') j++;
    out.push(html.slice(i, j));
    i = j;
  }
  return out.join('');
}

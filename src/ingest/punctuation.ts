// One punctuation set for every later stage: full-width ASCII forms become
// ASCII (，→, ：→: （→( ０→0), corner and straight quotes become “” ‘’,
// small-form and vertical variants become their plain forms, and all kinds of
// spaces become one ASCII space. Chinese-only marks (。、“”《》—…) stay.

const SMALL_FORMS: Record<string, string> = {
  '﹐': ',', '﹑': '、', '﹒': '.', '﹔': ';', '﹕': ':', '﹖': '?', '﹗': '!', '︰': ':', '﹙': '(', '﹚': ')',
  '「': '“', '」': '”', '『': '‘', '』': '’', '〝': '“', '〞': '”', '　': ' ', '\u00a0': ' ', '\u2002': ' ',
  '\u2003': ' ', '\u2009': ' ', '\u200b': '', '\ufeff': '', '\r': '',
};
const SPECIALS = /[﹐﹑﹒﹔﹕﹖﹗︰﹙﹚「」『』〝〞　\u00a0\u2002\u2003\u2009\u200b\ufeff\r\uff01-\uff5e]/g;
const STRAIGHT_QUOTE = /"/g;
const SPACE_RUN = /[ \t\f\v]+/g;

export function unifyPunctuation(text: string): string {
  const mapped = text.replace(SPECIALS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return SMALL_FORMS[c] ?? c;
  });
  return pairStraightQuotes(mapped).replace(SPACE_RUN, ' ');
}

/** Straight double quotes, paired within each line, become “ ”. */
function pairStraightQuotes(text: string): string {
  if (!text.includes('"')) return text;
  return text
    .split('\n')
    .map((line) => {
      let open = false;
      return line.replace(STRAIGHT_QUOTE, () => ((open = !open) ? '“' : '”'));
    })
    .join('\n');
}

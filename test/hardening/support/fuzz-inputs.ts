// Deterministic generators of malformed input for the fuzz test: articles that are not
// quite articles, and GraphQL requests that are not quite requests. Same seed, same cases.

import type { prng } from '../../../src/prng.js';

export type Random = ReturnType<typeof prng>;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, 0, items.length - 1)]!;
const repeat = (r: Random, n: number, f: () => string) => Array.from({ length: n }, f).join('');
const cjk = (r: Random) => String.fromCharCode(int(r, 0x4e00, 0x9fa5));

const CITIES = ['泰州', '苏州', '杭州', '成都', '武汉', '南京', '長沙', '廣州'];
const GOOD_SENTENCES = [
  (c: string) => `${c}市公安局海陵分局城北派出所民警王强荣立个人三等功。`,
  (c: string) => `${c}市公安局交警支队荣获集体二等功。`,
  (c: string) => `${c}市公安局巡特警大队与${c}市人民医院开展警医共建。`,
  (c: string) => `${c}市公安局东城分局民警李华被评为优秀人民警察。`,
];

/** A plausible sentence, the raw material most malformed articles are made from. */
const sentence = (r: Random) => pick(r, GOOD_SENTENCES)(pick(r, CITIES));

/** Inserts `what` at random places of `text`. */
const sprinkle = (r: Random, text: string, what: () => string, times: number) => {
  let out = text;
  for (let i = 0; i < times; i++) {
    const at = int(r, 0, out.length);
    out = out.slice(0, at) + what() + out.slice(at);
  }
  return out;
};

export const ARTICLE_KINDS = {
  nulBytes: (r: Random) => sprinkle(r, sentence(r) + sentence(r), () => '\u0000', int(r, 1, 5)),
  controlChars: (r: Random) => sprinkle(r, sentence(r), () => String.fromCharCode(int(r, 1, 31)), int(r, 1, 20)),
  onlyControl: (r: Random) => repeat(r, int(r, 1, 200), () => String.fromCharCode(int(r, 0, 31))),
  loneSurrogates: (r: Random) => sprinkle(r, sentence(r) + sentence(r), () => String.fromCharCode(int(r, 0xd800, 0xdfff)), int(r, 1, 6)),
  invalidUtf8: (r: Random) => {
    const bytes = [...Buffer.from(sentence(r))];
    for (let i = 0; i < int(r, 1, 8); i++) bytes.splice(int(r, 0, bytes.length), 0, pick(r, [0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0]));
    return Buffer.from(bytes).toString('utf8'); // what a lenient reader hands over: U+FFFD where bytes were wrong
  },
  truncatedUtf8: (r: Random) => {
    const bytes = Buffer.from(sentence(r) + sentence(r));
    return bytes.subarray(0, int(r, 1, bytes.length - 1)).toString('utf8');
  },
  html: (r: Random) =>
    `<!doctype html><html><head><title>${sentence(r)}</title><script>var x = "${sentence(r)}";</script><style>p{}</style></head>` +
    `<body><nav>首页 | 新闻 | 公安</nav><p>${sentence(r)}</p><div><p>${sentence(r)}</div></p><!-- ${sentence(r)} --></body></html>`,
  htmlOnlyMarkup: (r: Random) => repeat(r, int(r, 1, 40), () => pick(r, ['<div>', '</div>', '<br/>', '<p class="x">', '&nbsp;', '<img src=x onerror=alert(1)>', '<![CDATA[ ]]>'])),
  onlyPunctuation: (r: Random) => repeat(r, int(r, 1, 300), () => pick(r, ['。', '，', '！', '？', '、', '“', '”', '…', '—', '.', ',', '!', '《', '》', '（', '）'])),
  onlyWhitespace: (r: Random) => repeat(r, int(r, 0, 200), () => pick(r, [' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2028'])),
  english: (r: Random) => repeat(r, int(r, 1, 30), () => `${pick(r, ['The', 'Police', 'officer', 'station', 'award', 'was', 'given', 'to', 'bureau'])} `) + '.',
  hugeLine: (r: Random) => sentence(r) + repeat(r, int(r, 5_000, 20_000), () => cjk(r)),
  cjkSoup: (r: Random) => repeat(r, int(r, 1, 2_000), () => cjk(r)),
  mixedScripts: (r: Random) =>
    repeat(r, int(r, 5, 60), () => pick(r, [sentence(r), 'Привет', 'مرحبا', 'שלום', '😀🚓', 'ｆｕｌｌｗｉｄｔｈ', 'καλημέρα', '\u202e', 'ㄅㄆㄇ', 'ア']) + ' '),
  pinyinGarbage: (r: Random) =>
    repeat(r, int(r, 1, 40), () => `${pick(r, ['Běijīng', 'gōng’ān', 'jú', 'pàichūsuǒ', 'mínjǐng', 'sān děng gōng', 'Zhāng'])}${pick(r, [' ', '（', '）', ' ('])}`) +
    pick(r, ['', sentence(r)]),
  mutatedSentence: (r: Random) => {
    const chars = [...(sentence(r) + sentence(r))];
    for (let i = 0; i < int(r, 1, 6); i++) chars.splice(int(r, 0, chars.length - 1), int(r, 0, 2), ...(r() < 0.5 ? [cjk(r)] : []));
    return chars.join('');
  },
  tooLarge: (r: Random) => sentence(r).repeat(int(r, 1_600, 3_000)),
  empty: () => '',
} as const satisfies Record<string, (r: Random) => string>;

export type ArticleKind = keyof typeof ARTICLE_KINDS;

export interface FuzzArticle {
  kind: ArticleKind;
  input: { text: string; url: string; title?: string; publishedAt?: string; source?: string };
}

const BAD_DATES = ['2024-13-45', 'yesterday', '２０２４年', '', '9999-99-99T99:99', '2024-05-01'];

export function fuzzArticle(r: Random, index: number): FuzzArticle {
  const kind = pick(r, Object.keys(ARTICLE_KINDS) as ArticleKind[]);
  const input: FuzzArticle['input'] = { text: ARTICLE_KINDS[kind](r), url: `https://fuzz.test/${index}` };
  if (r() < 0.3) input.title = pick(r, ['', ' ', sentence(r), 'x'.repeat(600), '\u0000标题']);
  if (r() < 0.3) input.publishedAt = pick(r, BAD_DATES);
  if (r() < 0.2) input.source = pick(r, ['日报', '\u0000', 's'.repeat(300)]);
  if (r() < 0.05) input.url = pick(r, [' ', `https://fuzz.test/${index}/${'u'.repeat(3_000)}`]);
  return { kind, input };
}

/** A GraphQL request body, most of them wrong in some way. */
export function fuzzRequest(r: Random): { body: string; token: boolean } {
  const id = () =>
    pick(r, [
      '',
      '!!!',
      'null',
      Buffer.from(`${pick(r, ['Unit', 'Person', 'Article', 'Honour', 'X', ''])}:${pick(r, ['unit_1', '', 'a b', '../..', '\u0000', 'x'.repeat(300), "' OR 1=1 //"])}`).toString('base64'),
      repeat(r, int(r, 1, 40), () => String.fromCharCode(int(r, 32, 0x2fff))),
    ]);
  const n = () => pick(r, [-1, 0, 1, 5, 100, 101, 501, 2 ** 31 - 1, -(2 ** 31)]);
  const text = () => pick(r, ['', '派', '派出所', '\u0000', '"', '\\', '*', '~', 'AND OR NOT', '公安局'.repeat(200), '((('.repeat(50)]);
  const op = (): { query: string; variables?: unknown; token?: boolean } => {
    switch (int(r, 0, 13)) {
      case 0: return { query: 'query($id: ID!) { node(id: $id) { id ... on Unit { name } } }', variables: { id: id() } };
      case 1: return { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: int(r, 0, 30) }, id) } };
      case 2: return { query: 'query($q: String!, $f: Int) { search(query: $q, first: $f) { totalCount nodes { name } } }', variables: { q: text(), f: n() } };
      case 3: return { query: 'query($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) { truncated } }', variables: { id: id(), d: n(), l: n() } };
      case 4: return { query: 'query($a: ID!, $b: ID!, $h: Int) { path(from: $a, to: $b, maxHops: $h) { length } }', variables: { a: id(), b: id(), h: n() } };
      case 5: return { query: 'query($f: Int) { search(query: "派出所", first: $f) { totalCount } }', variables: { f: pick(r, ['abc', 1.5, true, null, [], {}, 2 ** 40]) } };
      case 6: return { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: pick(r, [123, null, true, [], { a: 1 }]) } };
      case 7: {
        const depth = int(r, 1, 40);
        return { query: `{ search(query: "派出所") { nodes { ... on Unit { ${'parent { '.repeat(depth)} name ${'} '.repeat(r() < 0.8 ? depth : 0)} } } } }` };
      }
      case 8: return { query: `{ ${Array.from({ length: int(r, 1, 60) }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }` };
      case 9: return { query: repeat(r, int(r, 0, 300), () => String.fromCharCode(int(r, 0, 0x7f))) };
      case 10: return { query: `query($from: LocalDate, $src: String) { articles(publishedFrom: $from, source: $src, first: 3) { totalCount } }`, variables: { from: pick(r, BAD_DATES), src: text() } };
      case 11: return { query: 'query($n: String!) { entitiesByName(name: $n) { ... on Unit { name } } }', variables: { n: text() } };
      case 12: return { query: 'mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }', variables: { id: id() }, token: r() < 0.5 };
      default: return { query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status } }', variables: { i: pick(r, [{ text: 5 }, {}, null, { text: '', url: 7 }]) }, token: true };
    }
  };
  const roll = r();
  if (roll < 0.05) return { body: pick(r, ['', '{', 'null', '"query"', '{"query": 5}', '{"query": null}', '{"variables": {}}', '[]']), token: false };
  if (roll < 0.08) return { body: JSON.stringify([op(), op()]), token: false };
  const { query, variables, token } = op();
  return { body: JSON.stringify({ query, variables }), token: token ?? false };
}

// Place names of China — provinces, prefectures, counties and districts —
// from china-area-data (the National Bureau of Statistics' 2019 division
// codes), by full name (邵阳市, 凉山彝族自治州) and by stem (邵阳, 凉山). A
// unit's name is made of places and words; knowing the places tells a name
// from the words glued to it, and a locating prefix from the unit's own place.
import { createRequire } from 'node:module';
import { dict } from '@node-rs/jieba/dict.js';

export type PlaceLevel = 'province' | 'prefecture' | 'county';

// Longest first: 凉山彝族自治州 loses 彝族自治州, not 州.
const SUFFIXES = [
  '特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区',
  '省', '市', '州', '盟', '县', '区', '旗',
];
// The peoples autonomous areas name between the place and 自治州 / 自治县 (凉山彝族自治州, 湘西土家族苗族自治州).
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各族',
].map((p) => (p.endsWith('族') ? p : `${p}族`));
const ETHNIC = new RegExp(`(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join('|')})+$`);
// Codes that group counties without naming a place.
const NOT_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// A stem that jieba knows as a common word (平安/a, 和平/nz 7998) is read as that word; nouns and names stay places.
const NAME_TAGS = /^(?:ns|nr|nrt|nz|n|j|x)$/;
const COMMON_WORD_FREQUENCY = 2000;

let places: Map<string, PlaceLevel> | undefined;

/** The stems among `stems` that jieba's dictionary knows as common words rather than places. */
function commonWords(stems: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (!word || !stems.has(word) || tag === 'ns') continue;
    if (!NAME_TAGS.test(tag ?? '') || Number(freq) >= COMMON_WORD_FREQUENCY) out.add(word);
  }
  return out;
}

function levelOf(code: string): PlaceLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/** The place's name without its administrative suffix (凉山彝族自治州 → 凉山), or undefined when nothing of two characters is left. */
export function placeNameStem(name: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) stem = stem.replace(ETHNIC, '') || stem;
    // 清新区 is 清新 + 区, not 清 + 新区.
    if (stem.length >= 2) return stem;
  }
  return undefined;
}

function load(): Map<string, PlaceLevel> {
  const data = createRequire(import.meta.url)('china-area-data/data.json') as Record<string, Record<string, string>>;
  const map = new Map<string, PlaceLevel>();
  // Higher levels first, so that a stem shared by a city and a county (吉林) keeps the higher level.
  const entries = Object.values(data).flatMap((children) => Object.entries(children));
  const rank: Record<PlaceLevel, number> = { province: 0, prefecture: 1, county: 2 };
  entries.sort((a, b) => rank[levelOf(a[0])] - rank[levelOf(b[0])]);
  const named = entries.filter(([, name]) => !NOT_NAMES.has(name));
  const common = commonWords(new Set(named.map(([, name]) => placeNameStem(name) ?? '')));
  for (const [code, name] of named) {
    const level = levelOf(code);
    if (!map.has(name)) map.set(name, level);
    const stem = placeNameStem(name);
    if (stem && !common.has(stem) && !map.has(stem)) map.set(stem, level);
  }
  return map;
}

/** The level of a place written in full (盐源县) or by its stem (盐源), else undefined. */
export function placeLevel(word: string): PlaceLevel | undefined {
  places ??= load();
  return places.get(word);
}

/** Whether `word` is a place written in full, with its suffix (醴陵市, 松阳县, not 松阳). */
export function isFullPlaceName(word: string): boolean {
  return placeLevel(word) !== undefined && placeNameStem(word) !== undefined;
}

const ONE_CHAR_SUFFIX = /[省市州县区旗盟]$/;

/** The longest place written at `at` (凉山彝族自治州, 凉山州, 凉山), with whether its suffix is written. */
function placeAt(name: string, at: number): { length: number; level: PlaceLevel; full: boolean } | undefined {
  for (let length = Math.min(10, name.length - at); length >= 2; length--) {
    const word = name.slice(at, at + length);
    const level = placeLevel(word) ?? (ONE_CHAR_SUFFIX.test(word) ? placeLevel(word.slice(0, -1)) : undefined);
    if (level) return { length, level, full: placeNameStem(word) !== undefined || ONE_CHAR_SUFFIX.test(word) };
  }
  return undefined;
}

const UNKNOWN_CITY_BODY = /^[\u4e00-\u9fff]{1,3}[市州县盟]公安/;

/**
 * How many characters open `name` only to locate what follows (ANNOTATION.md rule 1): a province before
 * another place (浙江省|临安市公安局…), a prefecture before a county-level place written in full
 * (丽水市|松阳县公安局, 株洲|醴陵市公安局). A city whose bureau the unit belongs to is no locating prefix
 * (温州市公安局鹿城分局 starts with its bureau).
 */
export function locatingPrefixLength(name: string): number {
  let cut = 0;
  for (let current = placeAt(name, 0); current; ) {
    const next = placeAt(name, cut + current.length);
    if (!next) {
      // 浙江省台岚市公安局: a province before a city the gazetteer does not know only locates it too.
      if (current.level === 'province' && UNKNOWN_CITY_BODY.test(name.slice(cut + current.length))) cut += current.length;
      break;
    }
    const locates = current.level === 'province' ? next.level !== 'province' : current.level === 'prefecture' && next.level === 'county' && next.full;
    if (!locates) break;
    cut += current.length;
    current = next;
  }
  return cut;
}

// Names given only as the items of a group: 三名民警(丁磊、赛力克、何雨桐), in
// brackets after a counted post, and 刘洋、高鹏飞、邢宇等同志, a list closed by
// 等同志 / 等人. The group marks every item as a person, where the dictionary
// alone would not (高鹏飞 reads as 高/鹏飞, 赛力克 has no surname). Masked items (李某) are
// returned too: the caller drops them, as it drops every masked name.
import { alternation } from '../lexicon/common.js';
import { POSTS } from '../lexicon/people.js';
import { SURNAME_SET } from './person-names.js';

interface ListedName {
  /** Offset in the sentence. */
  at: number;
  name: string;
  /** The counted post the brackets follow (民警 in 三名民警(…)), by its offsets in the sentence, and where the count starts. */
  post?: { start: number; end: number; countAt: number };
}

const COUNTED_POST_BRACKET = new RegExp(`[\\d一二三四五六七八九十两]+\\s*(?:名|位)(${alternation(POSTS)})\\(([^()]{2,40})\\)`, 'g');
// What closes a list of names: 等同志 / 等人 (not 等人员, 等人民…), a count of people (等4名民警, 等五位),
// or a group (等众多青年民警, 等一批).
const COMRADES_LIST_END = /等(?:同志|人(?![员民群次])|[\d一二三四五六七八九十两百余多]+\s*(?:名|位|人)|众多|一批)/g;
const ITEM = /^[\u4e00-\u9fff]{2,4}$/;
// Surnameless names (赛力克, 吉日格勒) are read inside brackets only, where nothing else stands.
const isItem = (item: string, bracketed: boolean) => ITEM.test(item) && (bracketed || (SURNAME_SET.has(item[0]!) && item.length <= 3));

export function listedNames(s: string): ListedName[] {
  const out: ListedName[] = [];
  for (const m of s.matchAll(COUNTED_POST_BRACKET)) {
    const items = m[2]!.split('、');
    if (!items.every((i) => isItem(i, true))) continue;
    const open = m.index! + m[0].indexOf('(');
    const postStart = open - m[1]!.length;
    let at = open + 1;
    for (const name of items) {
      out.push({ at, name, post: { start: postStart, end: postStart + m[1]!.length, countAt: m.index! } });
      at += name.length + 1;
    }
  }
  for (const m of s.matchAll(COMRADES_LIST_END)) {
    let start = m.index!;
    while (start > 0 && /[\u4e00-\u9fff、]/.test(s[start - 1]!)) start--;
    const items = s.slice(start, m.index).split('、');
    // 选树了徐一帆、郑可馨…: the first item starts where a name ending it does.
    const first = items[0]!;
    const cut = [3, 2].find((n) => first.length > n && SURNAME_SET.has(first[first.length - n]!) && isItem(first.slice(-n), false));
    if (cut !== undefined && !isItem(first, false)) {
      start += first.length - cut;
      items[0] = first.slice(-cut);
    }
    // A list of two at least: 刘洋、高鹏飞等同志 (not 部署民警等人); one name alone only before a count (贺亮等45名民警).
    const counted = !/^等(?:同志|人)/.test(m[0]);
    if (items.length < (counted ? 1 : 2) || !items.every((i) => isItem(i, false))) continue;
    let at = start;
    for (const name of items) {
      out.push({ at, name });
      at += name.length + 1;
    }
  }
  return out;
}

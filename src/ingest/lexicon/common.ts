// Shared helpers and word lists for the genre lexicons (character classes are in ../patterns.ts).
import { COUNT } from '../patterns.js';

/** A regex alternation that prefers the longest entry. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}


/** Function characters that cannot start a name: prepositions, particles, conjunctions. */
export const FUNCTION_CHARS = new Set('的了在对被把将和与及或同跟向从由为是到给让并又也均都已就才还再其之以于而等着过'.split(''));

/** Modifiers that make a unit or organisation word generic rather than a name. */
export const GENERIC_MODIFIERS = new Set([
  '各', '全', '该', '本', '我', '其', '此', '这', '那', '每', '各级', '各个', '基层', '所属', '下属', '上级', '相关', '有关',
  '辖区', '其他', '其它', '多个', '全国', '全省', '全市', '全区', '全县', '全局', '兄弟', '当地', '地方', '一个', '一家',
  '这个', '那个', '每个', '所在', '网上', '唯一', '周边', '附近', '主要', '部分', '个别', '一线', '各地', '外地', '本地', '无等级',
  '所有', '全部', '就近', '乡镇', '农村', '驻地', '属地',
]);

/** Ordinals and tenure words before a post: 一任所长, 第五任党支部书记, 现任所长. */
export const TENURE_PREFIX = new RegExp(String.raw`(?:现任|时任|原任|曾任|首任|前任|原|前|第?[${COUNT}]{1,2}任)$`);


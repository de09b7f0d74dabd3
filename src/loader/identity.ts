// Identity of entities across articles (see docs/graph-model.md, "Resolution across
// articles"). Pure functions: which names are specific enough to be global, and the
// keys and deterministic ids derived from them, so parallel ingests converge on one node.
import { createHash } from 'node:crypto';
import type { EntityType } from '../model/graph.js';

export const hashOf = (text: string, length = 16): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const ID_PREFIX: Record<EntityType, string> = {
  Unit: 'unit',
  Person: 'person',
  Honour: 'honour',
  Initiative: 'initiative',
  Organization: 'org',
};

export const entityId = (type: EntityType, key: string): string => `${ID_PREFIX[type]}_${hashOf(`${type}\u0000${key}`)}`;

export const articleIdOf = (articleKey: string): string => `art_${hashOf(articleKey)}`;

// A place name followed by an administrative level: 泰州市…, 海陵区…, 江苏省…, 巢湖市局.
// The level must not stand first (省厅, 市局, 区公安局 name no place), and common
// nouns that end in a level character (社区, 景区, 城市, 全省 …) are no place either.
const PLACE = /[\u4e00-\u9fff](?:[省市区县州盟旗镇乡]|街道)/gu;
const NOT_PLACE = new Set(
  '城区 市区 郊区 社区 小区 景区 园区 辖区 山区 林区 矿区 警区 街区 片区 校区 港区 营区 战区 城市 都市 超市 夜市 集市 门市 上市 股市 全市 本市 该市 我市 全省 本省 该省 我省 外省 全区 本区 该区 我区 全县 本县 该县 我县 城乡 下乡 返乡 家乡'.split(' '),
);
// Bodies that exist once nationwide.
const NATIONAL = /^(?:公安部|国务院|中共中央|中央|全国|国家|最高人民)/u;

/** True when the name alone picks out one body in the country. */
export function isSpecificName(name: string): boolean {
  if (NATIONAL.test(name)) return true;
  for (const m of name.matchAll(PLACE)) {
    if (!NOT_PLACE.has(m[0].slice(0, 2))) return true;
  }
  return false;
}

export const aliasKey = (type: EntityType, name: string): string => `${type}:${name}`;

/** The key a correction pins a name to within one article (split by article): `[articleId, aliasKey]`. */
export const articlePinKey = (articleId: string, key: string): string => JSON.stringify([articleId, key]);

/** The type of an entity id, by its prefix (ids are `<prefix>_<hash>`). */
export function entityTypeOfId(id: string): EntityType | null {
  const prefix = id.slice(0, id.indexOf('_'));
  return (Object.entries(ID_PREFIX) as [EntityType, string][]).find(([, p]) => p === prefix)?.[0] ?? null;
}

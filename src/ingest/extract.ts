// The extraction pipeline: raw article → normalized text → sentences →
// mentions → resolved entities → relations, as ONTOLOGY.md's graph.
import { CN_DIGITS } from './patterns.js';
import { NATIONAL_SHORT_NAMES } from './lexicon/organizations.js';
import { findMentions, type ArticleMentions } from './mentions/index.js';
import { prefixBody } from './mentions/organizations.js';
import { DEFAULT_MAX_BYTES, normalize } from './normalize.js';
import { NameRegistry } from './registry.js';
import { extractRelations } from './relations/index.js';
import { UnitResolver } from './resolve.js';
import { splitSentences } from './sentences.js';
import { dropUnnamed } from './unnamed.js';
import type { ArticleGraph, ExtractedEntity } from './types.js';

export interface ExtractOptions {
  /** The article's name in the graph (a file name). */
  name?: string;
  /** Refuse inputs larger than this many UTF-8 bytes (TOO_LARGE). Default 1 MB. */
  maxBytes?: number;
}

// 市疫情办 abbreviates 疫情防控办公室: the short stem's characters appear in order in the long name.
const ABBREVIATION_TAIL: Record<string, string> = { 办: '办公室', 委: '委员会' };

export function extractArticle(raw: string, opts: ExtractOptions = {}): ArticleGraph {
  const normalized = normalize(raw, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  const { text, meta } = normalized;
  const warnings = [...normalized.warnings];
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences);
  const units = new UnitResolver(text, mentions.units);
  const registry = register(mentions);
  const read = extractRelations({ text, mentions, units, registry });

  const found: ExtractedEntity[] = [];
  for (const u of units.entities) if (!u.unnamed) found.push(entity('Unit', u.name, u.aliases, u.kind));
  for (const e of registry.all()) found.push(entity(e.type, e.name, e.aliases, e.kind));
  const standIns = new Map<string, string>();
  for (const u of units.entities) {
    const unit = u.unnamed ? units.unitOf(u.id) : undefined;
    if (unit !== undefined) standIns.set(u.name, units.entities[unit]!.name);
  }
  const { entities, relations } = dropUnnamed({ entities: found, relations: read }, standIns);
  if (entities.length === 0) warnings.push('no entities found');
  return { article: opts.name ?? 'article', meta, text, entities, relations, warnings };
}

function entity(type: ExtractedEntity['type'], name: string, aliases: Iterable<string>, kind?: string): ExtractedEntity {
  const e: ExtractedEntity = { type, name };
  const list = [...new Set(aliases)].filter((a) => a !== name);
  if (list.length) e.aliases = list;
  if (kind) e.kind = kind;
  return e;
}

function register(m: ArticleMentions): NameRegistry {
  const registry = new NameRegistry();
  for (const p of m.persons) registry.add('Person', p.name, [...(m.nicknames.get(p.name) ?? [])]);
  for (const h of m.honours) registry.add('Honour', h.name, h.aliases);
  for (const i of m.initiatives) registry.add('Initiative', i.name, i.aliases);
  // Long organisation names first, so that abbreviations can join them.
  const orgs = [...m.orgs].sort((a, b) => b.name.length - a.name.length);
  for (const o of orgs) {
    const long = registry.all().find((e) => e.type === 'Organization' && abbreviates(o.name, e.name));
    if (long) registry.add('Organization', long.name, [o.name]);
    else registry.add('Organization', o.name, [], o.kind);
  }
  for (const o of orgs) {
    const prefix = prefixBody(o);
    if (prefix && !registry.get('Organization', prefix.name)) registry.add('Organization', prefix.name, [], prefix.kind);
  }
  return registry;
}

const PLACE_OPENING = /^[\u4e00-\u9fff]{2,3}?[省市区县]/;
// 市二医院: a numbered hospital (宜宾市第二人民医院) written with its number alone.
const NUMBERED_HOSPITAL = new RegExp(String.raw`^[省市区县]?([${CN_DIGITS}]+)医院$`);

function abbreviates(short: string, long: string): boolean {
  if (NATIONAL_SHORT_NAMES[short] === long) return true;
  // 工商银行东江分行 for 中国工商银行东江分行: the name without what opens it.
  if (short.length >= 4 && long.length > short.length && long.endsWith(short)) return true;
  const numbered = NUMBERED_HOSPITAL.exec(short);
  if (numbered) return long.endsWith('医院') && long.includes(`第${numbered[1]}`);
  const tail = ABBREVIATION_TAIL[short[short.length - 1]!];
  if (!tail || !long.endsWith(tail) || short.length >= long.length) return false;
  const stem = short.replace(/^[省市区县]/, '').slice(0, -1);
  let i = 0;
  for (const c of long) if (c === stem[i]) i++;
  // 市禁毒办 for 江州市禁毒委员会办公室: the long name may open with its place.
  const body = long.replace(PLACE_OPENING, '');
  return stem.length >= 2 && i === stem.length && body.startsWith(stem[0]!);
}

// Corrections of entities: merge two into one, split one by a name or by articles,
// rename one; and their undoing. Each moves what the graph holds now (entity-surgery.ts)
// and leaves rules so that articles written later resolve the same way
// (correction-rules.ts): a redirect and pins for a merge, pins for a split, a name rule
// for a rename.
import type { ManagedTransaction } from 'neo4j-driver';
import { aliasKey, articlePinKey, entityId as deriveEntityId } from '../loader/identity.js';
import type { EntityType } from '../model/graph.js';
import type { GraphDb } from '../store/graph-db.js';
import {
  createEntityRule,
  createPins,
  createRedirect,
  deleteRulesOf,
  factRulesMentioning,
  pointRedirects,
  rekeyFactRules,
  type RuleOwner,
} from '../store/write/correction-rules.js';
import type { CorrectionRecord } from '../store/write/corrections-ledger.js';
import {
  articleHashes,
  createEntity,
  deleteEntity,
  lockEntities,
  moveFacts,
  moveMentions,
  refreshNames,
  restoreFacts,
  restoreMentions,
  takeFactsBetween,
  type EntityState,
  type MentionSnapshot,
  type MovedFact,
  type StoredFact,
} from '../store/write/entity-surgery.js';
import { badInput, notFound } from './errors.js';
import { reapplyFlagsOf } from './flags.js';
import { checkReason, runCorrection, type Actor, type CorrectionResult } from './run.js';

const MAX_NAME_LENGTH = 200;

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const longest = (names: string[]): string => names.reduce((best, n) => ([...n].length > [...best].length ? n : best), names[0] ?? '');

async function lockOne(tx: ManagedTransaction, id: string): Promise<EntityState> {
  const e = (await lockEntities(tx, [id])).get(id);
  if (!e) throw notFound(`no entity ${id}`);
  return e;
}

/** What undoing a merge needs: the removed entity as it was, and what moved off it. */
interface MergeDetails {
  kept: { id: string; name: string };
  removed: { id: string; type: EntityType; name: string; aliases: string[]; kind: string | null };
  /** Names the removed entity had and the kept one had not: later articles using only these were about it. */
  exclusiveNames: string[];
  mentions: MentionSnapshot[];
  facts: MovedFact[];
  between: StoredFact[];
  /** Ids that redirected to the removed entity, now to the kept one. */
  repointed: string[];
  /** Fact rules of the removed entity's facts, as they were keyed. */
  rekeyed: { id: string; key: string; target: string | null }[];
}

export async function mergeEntities(db: GraphDb, actor: Actor, input: { keep: string; remove: string; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const { keep, remove } = input;
  if (keep === remove) throw badInput('keep and remove are the same entity');
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const state = await lockEntities(tx, [keep, remove]);
    const k = state.get(keep);
    const x = state.get(remove);
    if (!k) throw notFound(`no entity ${keep} to keep`);
    if (!x) throw notFound(`no entity ${remove} to remove`);
    if (k.type !== x.type) throw badInput(`a ${x.type} cannot be merged into a ${k.type}`);
    const between = await takeFactsBetween(tx, remove, keep);
    const facts = await moveFacts(tx, remove, keep, { all: true });
    const mentions = await moveMentions(tx, remove, keep, 'all');
    // Corrections of its facts now concern the same facts of the kept entity.
    const rules = await factRulesMentioning(tx, remove);
    const swap = (text: string) => text.split(JSON.stringify(remove)).join(JSON.stringify(keep));
    await rekeyFactRules(tx, rules.map((r) => ({ id: r.id, key: swap(r.key), target: r.target && swap(r.target) })));
    const repointed = await createRedirect(tx, owner, remove, keep);
    // A name is no identity for people: their articles come back by the redirect of ids.
    if (x.type !== 'Person') await createPins(tx, owner, x.keys.map((key) => ({ key, to: keep })));
    await deleteEntity(tx, remove);
    await refreshNames(tx, [keep]);
    await reapplyFlagsOf(tx, [keep]);
    const keptNames = new Set([k.name, ...k.aliases]);
    const details: MergeDetails = {
      kept: { id: keep, name: k.name },
      removed: { id: remove, type: x.type, name: x.name, aliases: x.aliases, kind: x.kind },
      exclusiveNames: [x.name, ...x.aliases].filter((n) => !keptNames.has(n)),
      mentions,
      facts,
      between,
      repointed,
      rekeyed: rules.map(({ id, key, target }) => ({ id, key, target })),
    };
    return {
      kind: 'MERGE_ENTITIES',
      summary: `merged ${x.type} ${x.name} into ${k.name}`,
      entityIds: [keep, remove],
      structuralIds: [keep, remove],
      factKeys: [],
      details: details as unknown as Record<string, unknown>,
      entityId: keep,
    };
  });
}

/**
 * Takes the removed entity back out of the kept one: its mentions and statements in
 * the articles unchanged since, and later articles that name it only by names the
 * kept entity did not have.
 */
export async function undoMerge(tx: ManagedTransaction, c: CorrectionRecord): Promise<string | null> {
  const d = c.details as unknown as MergeDetails;
  const { id: kept } = d.kept;
  const { id: removed } = d.removed;
  const k = (await lockEntities(tx, [kept])).get(kept);
  await deleteRulesOf(tx, c.id);
  await rekeyFactRules(tx, d.rekeyed);
  if (!k) return null; // every article of the kept entity is gone: nothing to take back
  await createEntity(tx, { ...d.removed, aliases: [] });
  await pointRedirects(tx, d.repointed, removed);
  const hashes = await articleHashes(tx, d.mentions.map((m) => m.article));
  const unchanged = d.mentions.filter((m) => hashes[m.article] === m.contentHash);
  await restoreMentions(tx, kept, removed, unchanged);
  const before = new Set(unchanged.map((m) => m.article));
  const exclusive = new Set(d.exclusiveNames);
  const later = k.mentions
    .filter((m) => !before.has(m.article) && m.names.length > 0 && m.names.every((n) => exclusive.has(n)))
    .map((m) => m.article);
  if (later.length > 0) await moveMentions(tx, kept, removed, later);
  const stillThere = (entry: string) => before.has(entry.slice(0, entry.indexOf(':')));
  const entries: Record<string, string[]> = {};
  const copies: Record<string, string[]> = {};
  for (const f of d.facts) {
    entries[f.signature] = f.moved.filter((x) => stillThere(x) && !f.had.includes(x));
    copies[f.signature] = f.had.filter(stillThere);
  }
  await moveFacts(tx, kept, removed, { articles: later, entries, copies });
  await restoreFacts(tx, d.between, Object.fromEntries(unchanged.map((m) => [m.article, m.contentHash])));
  await refreshNames(tx, [kept, removed]);
  await reapplyFlagsOf(tx, [kept, removed]);
  const back = (await lockEntities(tx, [removed])).get(removed);
  // No article states it any more: an entity lives while some article names it.
  if (back && back.mentions.length === 0) await deleteEntity(tx, removed);
  return kept;
}

interface SplitDetails {
  entity: { id: string; name: string };
  created: { id: string; name: string };
  articles: string[];
}

/** Moves the given articles' mentions and statements of an entity to a new one, and pins them there. */
async function split(tx: ManagedTransaction, owner: RuleOwner, e: EntityState, articles: string[], what: string) {
  if (articles.length === 0) throw badInput(`no article ${what}`);
  if (articles.length === e.mentions.length) throw badInput(`every article of ${e.name} is ${what}: nothing would be left of it (rename it instead)`);
  const moved = e.mentions.filter((m) => articles.includes(m.article));
  const created = deriveEntityId(e.type, `split:${owner.correction}`);
  // As ingesting them would name it: the fullest of their canonical names (each mention's first).
  const name = longest(unique(moved.map((m) => m.names[0]!)));
  await createEntity(tx, { id: created, type: e.type, name, aliases: [], kind: e.kind });
  await moveFacts(tx, e.id, created, { articles });
  await moveMentions(tx, e.id, created, articles);
  await refreshNames(tx, [e.id, created]);
  await reapplyFlagsOf(tx, [e.id, created]);
  // Those articles, written again, name the new entity; so does any article using a key only they gave.
  const remaining = new Set(e.mentions.filter((m) => !articles.includes(m.article)).flatMap((m) => m.keys));
  const inArticles = moved.flatMap((m) => m.names.map((n) => articlePinKey(m.article, aliasKey(e.type, n))));
  const byKey = e.type === 'Person' ? [] : unique(moved.flatMap((m) => m.keys)).filter((k) => !remaining.has(k));
  await createPins(tx, owner, unique([...inArticles, ...byKey]).map((key) => ({ key, to: created })));
  const details: SplitDetails = { entity: { id: e.id, name: e.name }, created: { id: created, name }, articles };
  return {
    summary: `split ${name} off ${e.type} ${e.name} (${articles.length} article${articles.length === 1 ? '' : 's'})`,
    entityIds: [e.id, created],
    structuralIds: [e.id, created],
    factKeys: [],
    details: details as unknown as Record<string, unknown>,
    entityId: created,
  };
}

export async function splitAlias(db: GraphDb, actor: Actor, input: { entity: string; alias: string; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const e = await lockOne(tx, input.entity);
    if (e.name !== input.alias && !e.aliases.includes(input.alias)) throw badInput(`${input.alias} is not a name of ${e.name}`);
    const articles = e.mentions.filter((m) => m.names.includes(input.alias)).map((m) => m.article);
    return { kind: 'SPLIT_ALIAS', ...(await split(tx, owner, e, articles, `naming it ${input.alias}`)) };
  });
}

export async function splitEntity(db: GraphDb, actor: Actor, input: { entity: string; articles: string[]; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const e = await lockOne(tx, input.entity);
    const mentioning = new Set(e.mentions.map((m) => m.article));
    const strangers = input.articles.filter((a) => !mentioning.has(a));
    if (strangers.length > 0) throw badInput(`these articles do not mention ${e.name}: ${strangers.join(', ')}`);
    return { kind: 'SPLIT_ENTITY', ...(await split(tx, owner, e, unique(input.articles), 'given')) };
  });
}

/** Puts the entity split off back into the one it came from (or, if that one is gone, makes it that one again). */
export async function undoSplit(tx: ManagedTransaction, c: CorrectionRecord): Promise<string | null> {
  const d = c.details as unknown as SplitDetails;
  const { id: original } = d.entity;
  const { id: created } = d.created;
  const state = await lockEntities(tx, [original, created]);
  await deleteRulesOf(tx, c.id);
  const n = state.get(created);
  if (!n) return state.has(original) ? original : null;
  if (!state.has(original)) await createEntity(tx, { id: original, type: n.type, name: d.entity.name, aliases: [], kind: n.kind });
  await takeFactsBetween(tx, created, original);
  await moveFacts(tx, created, original, { all: true });
  await moveMentions(tx, created, original, 'all');
  await deleteEntity(tx, created);
  await refreshNames(tx, [original]);
  await reapplyFlagsOf(tx, [original]);
  return original;
}

export async function renameEntity(db: GraphDb, actor: Actor, input: { entity: string; name: string; reason: string }): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const name = input.name.trim();
  if (!name) throw badInput('name is empty');
  if ([...name].length > MAX_NAME_LENGTH) throw badInput(`name: at most ${MAX_NAME_LENGTH} characters`);
  return runCorrection(db, actor, reason, async (tx, owner) => {
    const e = await lockOne(tx, input.entity);
    if (e.name === name) throw badInput(`${name} is already its name`);
    await createEntityRule(tx, owner, e.id, name);
    if (e.type !== 'Person') await createPins(tx, owner, [{ key: aliasKey(e.type, name), to: e.id }]);
    await refreshNames(tx, [e.id]);
    return {
      kind: 'RENAME_ENTITY',
      summary: `renamed ${e.type} ${e.name} to ${name}`,
      entityIds: [e.id],
      structuralIds: [e.id],
      factKeys: [],
      details: { previousName: e.name, name },
      entityId: e.id,
    };
  });
}

export async function undoRename(tx: ManagedTransaction, c: CorrectionRecord): Promise<string | null> {
  const [id] = c.entityIds;
  const e = (await lockEntities(tx, [id!])).get(id!);
  await deleteRulesOf(tx, c.id);
  if (!e) return null;
  await refreshNames(tx, [e.id]);
  return e.id;
}

// `npm run correct -- [--by LABEL] FILE.jsonl...` (or `-` for stdin): a batch of
// corrections, one JSON object a line, named and shaped like the GraphQL mutations:
//   {"op": "mergeEntities", "keep": "<id>", "remove": "<id>", "reason": "…"}
//   {"op": "rejectFact", "fact": "<fact id>", "reason": "…"}
//   {"op": "setFactProperty", "fact": {"type": "MEMBER_OF", "from": "<id>", "to": "<id>", "role": "所长"}, "property": "TENURE", "value": "FORMER", "reason": "…"}
// Ids are the API's global ids (or the store's own). Each line is one correction, in its
// own transaction, in order; a refused line is reported with its reason and the others
// are applied. The exit code is 1 if any line failed.
import cliProgress from 'cli-progress';
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { userInfo } from 'node:os';
import { z } from 'zod';
import { fromCorrectionId, fromFactId, fromGlobalId } from '../api/ids.js';
import {
  confirmFact,
  mergeEntities,
  rejectFact,
  renameEntity,
  setFactProperty,
  splitAlias,
  splitEntity,
  undoCorrection,
  type Actor,
  type CorrectionResult,
} from '../corrections/index.js';
import { NO_ROLE, NO_YEAR, type FactKey } from '../model/facts.js';
import { RELATION_TYPES } from '../model/graph.js';
import type { GraphDb } from '../store/graph-db.js';
import { withGraph } from './with-graph.js';

const USAGE = 'usage: npm run correct -- [--by LABEL] FILE.jsonl... (- for stdin); one correction a line, see README "Corrections"';

const STORE_ID = /^(?:unit|person|honour|initiative|org|art)_[0-9a-f]{16}$/;

/** A store id from a global id or a store id. */
const storeId = z.string().transform((id, ctx) => {
  if (STORE_ID.test(id)) return id;
  try {
    return fromGlobalId(id).storeId;
  } catch {
    ctx.addIssue({ code: 'custom', message: `${id} is not an id` });
    return z.NEVER;
  }
});

const factObject = z
  .object({ type: z.enum(RELATION_TYPES), from: storeId, to: storeId, role: z.string().optional(), year: z.number().int().optional() })
  .transform(({ type, from, to, role, year }): FactKey => {
    const ident = type === 'MEMBER_OF' ? (role ?? NO_ROLE) : type === 'RECEIVED' ? (year ?? NO_YEAR) : null;
    return { type, from, to, ident };
  });

/** A fact id, or the fact spelled out: {type, from, to, role (MEMBER_OF), year (RECEIVED)}. */
const factRef = z.unknown().transform((value, ctx): FactKey => {
  if (typeof value === 'string') {
    try {
      return fromFactId(value, 'fact');
    } catch {
      ctx.addIssue({ code: 'custom', message: `${value} is not a fact id` });
      return z.NEVER;
    }
  }
  const parsed = factObject.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || 'fact'}: ${issue.message}` });
  return z.NEVER;
});

const reason = z.string();

const line = z.discriminatedUnion('op', [
  z.object({ op: z.literal('mergeEntities'), keep: storeId, remove: storeId, reason }),
  z.object({ op: z.literal('splitAlias'), entity: storeId, alias: z.string(), reason }),
  z.object({ op: z.literal('splitEntity'), entity: storeId, articles: z.array(storeId).min(1), reason }),
  z.object({ op: z.literal('renameEntity'), entity: storeId, name: z.string(), reason }),
  z.object({ op: z.literal('rejectFact'), fact: factRef, reason }),
  z.object({ op: z.literal('confirmFact'), fact: factRef, reason: reason.optional() }),
  z.object({
    op: z.literal('setFactProperty'),
    fact: factRef,
    property: z.enum(['ROLE', 'YEAR', 'CONFERRED_BY', 'TENURE']),
    value: z.union([z.string(), z.number().transform(String), z.null()]),
    reason,
  }),
  z.object({ op: z.literal('undoCorrection'), id: z.string().transform((id) => (/^[0-9a-f-]{36}$/.test(id) ? id : fromCorrectionId(id))), reason }),
]);

type Line = z.output<typeof line>;

function apply(db: GraphDb, actor: Actor, c: Line): Promise<CorrectionResult> {
  switch (c.op) {
    case 'mergeEntities':
      return mergeEntities(db, actor, c);
    case 'splitAlias':
      return splitAlias(db, actor, c);
    case 'splitEntity':
      return splitEntity(db, actor, c);
    case 'renameEntity':
      return renameEntity(db, actor, c);
    case 'rejectFact':
      return rejectFact(db, actor, c);
    case 'confirmFact':
      return confirmFact(db, actor, c);
    case 'setFactProperty': {
      const value = c.property === 'CONFERRED_BY' && c.value ? storeId.parse(c.value) : c.value;
      return setFactProperty(db, actor, { ...c, value });
    }
    case 'undoCorrection':
      return undoCorrection(db, actor, c);
  }
}

function parseArgs(argv: string[]): { by: string; files: string[] } {
  const files: string[] = [];
  let by = `cli:${userInfo().username}`;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--by') by = argv[++i] ?? '';
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else files.push(a);
  }
  if (files.length === 0 || !by.trim()) {
    console.error(USAGE);
    process.exit(2);
  }
  return { by: by.trim(), files };
}

const readInput = (file: string) => (file === '-' ? text(process.stdin) : readFile(file, 'utf8'));

const { by, files } = parseArgs(process.argv.slice(2));
const lines: { label: string; text: string }[] = [];
for (const file of files) {
  (await readInput(file)).split('\n').forEach((content, i) => {
    if (content.trim() && !content.trimStart().startsWith('#')) lines.push({ label: `${file}:${i + 1}`, text: content });
  });
}

const failed = await withGraph(async (graph) => {
  const bar = new cliProgress.SingleBar({ format: 'correct [{bar}] {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(lines.length, 0);
  const failures: string[] = [];
  const applied: string[] = [];
  for (const { label, text } of lines) {
    try {
      const parsed = line.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      const { correction } = await apply(graph.db, { by }, parsed.data);
      applied.push(`${label}: ${correction.kind} ${correction.id} ${correction.summary}`);
    } catch (err) {
      failures.push(`FAILED ${label}: ${(err as Error).message}`);
    }
    bar.increment();
  }
  bar.stop();
  for (const a of applied) console.log(a);
  console.log(`corrections: ${applied.length} applied, ${failures.length} failed`);
  for (const f of failures) console.error(f);
  return failures.length;
});
process.exit(failed > 0 ? 1 : 0);

// Scores extracted graphs against gold graphs with the matching of
// shared/eval/score.mjs: entities match by type and any shared name or alias
// (after Traditional→Simplified folding and removal of quotes and spaces),
// one-to-one and greedy in output order; relations match by type and both
// matched ends; role / year / conferredBy are scored as accuracy over matched
// relations. Kept in src/ so that the loader's tests can score graphs read
// back from the database.
import * as OpenCC from 'opencc-js/t2cn';
import { ENTITY_TYPES, RELATION_TYPES } from '../model/graph.js';

export interface GraphDoc {
  article?: string;
  entities?: ReadonlyArray<{ type: string; name: string; aliases?: readonly string[] }>;
  relations?: ReadonlyArray<{
    type: string; from: string; to: string; role?: string; year?: number | string; conferredBy?: string; rule?: string; confidence?: number;
  }>;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  articles: number;
  entities: Prf & { byType: Record<string, Prf> };
  relations: Prf & { byType: Record<string, Prf> };
  properties: Record<'role' | 'year' | 'conferredBy', { right: number; total: number; accuracy: number | null }>;
  misses: string[];
  /** Every predicted relation, judged: whether the gold has it (for per-rule precision and confidence checks). */
  judged: Array<{ article: string; type: string; from: string; to: string; correct: boolean; rule?: string; confidence?: number }>;
}

const QUOTES_AND_SPACES = /[“”‘’"'「」『』《》〈〉\s\u3000]/g;
// The same folding as score.mjs (OpenCC t → cn), built on first use.
let fold: ((s: string) => string) | undefined;
export const normName = (s: unknown) => {
  fold ??= OpenCC.Converter({ from: 't', to: 'cn' }) as (s: string) => string;
  return fold(String(s ?? '').normalize('NFKC')).replace(QUOTES_AND_SPACES, '').trim();
};

const PROPS = ['role', 'year', 'conferredBy'] as const;
type Tally = { tp: number; fp: number; fn: number };
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

interface LoadedEntity {
  type: string;
  name: string;
  names: Set<string>;
}

function load(doc: GraphDoc) {
  const entities: LoadedEntity[] = (doc.entities ?? []).map((e) => ({
    type: e.type,
    name: normName(e.name),
    names: new Set([e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean)),
  }));
  const relations = (doc.relations ?? []).map((r) => ({ ...r, from: normName(r.from), to: normName(r.to) }));
  return { entities, relations };
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));

const prf = ({ tp, fp, fn }: Tally): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
};

/** Scores pairs of (gold, predicted) graphs; a missing prediction scores as empty. */
export function scoreGraphs(pairs: ReadonlyArray<{ name: string; gold: GraphDoc; pred?: GraphDoc }>): ScoreReport {
  const ent: Record<string, Tally> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, tally()]));
  const rel: Record<string, Tally> = Object.fromEntries(RELATION_TYPES.map((t) => [t, tally()]));
  const prop = Object.fromEntries(PROPS.map((p) => [p, { right: 0, total: 0 }])) as Record<(typeof PROPS)[number], { right: number; total: number }>;
  const misses: string[] = [];
  const judged: ScoreReport['judged'] = [];

  for (const { name, gold: goldDoc, pred: predDoc } of pairs) {
    const gold = load(goldDoc);
    const pred = load(predDoc ?? {});
    const goldTaken = new Set<number>();
    const predToGold = new Map<number, number>();
    pred.entities.forEach((p, pi) => {
      const gi = gold.entities.findIndex((g, i) => !goldTaken.has(i) && g.type === p.type && overlaps(g.names, p.names));
      if (gi >= 0) {
        goldTaken.add(gi);
        predToGold.set(pi, gi);
        if (ent[p.type]) ent[p.type]!.tp++;
      } else {
        if (ent[p.type]) ent[p.type]!.fp++;
        misses.push(`${name}  extra ${p.type} ${p.name}`);
      }
    });
    gold.entities.forEach((g, gi) => {
      if (goldTaken.has(gi)) return;
      if (ent[g.type]) ent[g.type]!.fn++;
      misses.push(`${name}  missed ${g.type} ${g.name}`);
    });

    const resolve = (n: string) => {
      const pi = pred.entities.findIndex((p) => p.name === n || p.names.has(n));
      if (pi >= 0 && predToGold.has(pi)) return predToGold.get(pi)!;
      return gold.entities.findIndex((g) => g.names.has(n));
    };
    const goldEnd = (n: string) => gold.entities.findIndex((g) => g.name === n || g.names.has(n));
    const goldRels = gold.relations.map((r) => ({ ...r, f: goldEnd(r.from), t: goldEnd(r.to) }));
    const used = new Set<number>();
    for (const r of pred.relations) {
      const f = resolve(r.from);
      const t = resolve(r.to);
      const gi = goldRels.findIndex((g, i) => !used.has(i) && g.type === r.type && g.f === f && g.t === t && f >= 0 && t >= 0);
      judged.push({
        article: name, type: r.type, from: r.from, to: r.to, correct: gi >= 0,
        ...(r.rule ? { rule: r.rule } : {}), ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
      });
      if (gi < 0) {
        if (rel[r.type]) rel[r.type]!.fp++;
        misses.push(`${name}  extra ${r.type} ${r.from} -> ${r.to}`);
        continue;
      }
      used.add(gi);
      rel[r.type]!.tp++;
      const g = goldRels[gi]!;
      for (const p of PROPS) {
        const want = g[p];
        if (want === undefined || want === null || want === '') continue;
        prop[p].total++;
        let ok: boolean;
        if (p === 'year') ok = Number(r.year) === Number(want);
        else if (p === 'conferredBy') ok = r.conferredBy != null && resolve(normName(r.conferredBy)) === goldEnd(normName(want));
        else ok = normName(r[p]) === normName(want);
        if (ok) prop[p].right++;
        else misses.push(`${name}  wrong ${p} on ${g.type} ${g.from} -> ${g.to}: ${r[p]} (gold ${want})`);
      }
    }
    goldRels.forEach((g, i) => {
      if (used.has(i)) return;
      if (rel[g.type]) rel[g.type]!.fn++;
      misses.push(`${name}  missed ${g.type} ${g.from} -> ${g.to}`);
    });
  }

  const sum = (m: Record<string, Tally>) => Object.values(m).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), tally());
  const byType = (m: Record<string, Tally>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, prf(v)]));
  return {
    articles: pairs.length,
    entities: { ...prf(sum(ent)), byType: byType(ent) },
    relations: { ...prf(sum(rel)), byType: byType(rel) },
    properties: Object.fromEntries(
      PROPS.map((p) => [p, { ...prop[p], accuracy: prop[p].total ? prop[p].right / prop[p].total : null }]),
    ) as ScoreReport['properties'],
    misses,
    judged,
  };
}

/** The summary line score.mjs prints. */
export function summaryLine(r: ScoreReport): string {
  const f = (x: number) => x.toFixed(3);
  return `entities P=${f(r.entities.p)} R=${f(r.entities.r)} F1=${f(r.entities.f1)} | relations P=${f(r.relations.p)} R=${f(r.relations.r)} F1=${f(r.relations.f1)}`;
}

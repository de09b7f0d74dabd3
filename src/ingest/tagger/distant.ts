// Training sentences from the project's own annotated articles, by distant
// supervision: gold files give entity names, not offsets, so the names are
// found in the normalized text by string match. Units and organisations are
// labelled as whole chains (甲市公安局乙分局丙派出所 is one ORG span: the
// adjacent gold names merged), people as PER, MEMBER_OF roles as POST.
// Everything else (bylines, masked names, generic references such as 市局)
// is left O for PER and ORG; places and other posts are not in the gold, so
// LOC and POST stay open there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphDoc } from '../../eval/score.js';
import { normName } from '../../eval/score.js';
import { normalize } from '../normalize.js';
import { splitSentences } from '../sentences.js';
import type { LabelledSentence } from './corpora.js';
import type { Label, LabelledSpan } from './tags.js';

export interface AnnotatedArticle {
  name: string;
  raw: string;
  gold: GraphDoc;
}

/** The articles of a set that have a gold file, in file-name order. */
export function readAnnotated(root: string, set: { articles: string; gold: string }): AnnotatedArticle[] {
  return readdirSync(join(root, set.gold))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(root, set.gold, f), 'utf8')) as GraphDoc;
      const name = gold.article ?? f.replace(/\.json$/, '.txt');
      return { name, raw: readFileSync(join(root, set.articles, name), 'utf8'), gold };
    });
}

/** Each form a gold name may take in the text. */
function forms(e: { name: string; aliases?: readonly string[] }): string[] {
  return [...new Set([e.name, ...(e.aliases ?? [])].flatMap((n) => [n, normName(n)]).filter((n) => n.length >= 2))];
}

function occurrences(text: string, names: Iterable<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const name of names) for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push([i, i + name.length]);
  return out;
}

/** Overlapping or touching intervals merged into maximal ones. */
function mergeChains(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Longest intervals first, each kept only when it overlaps none kept before. */
function longestFree(intervals: [number, number][], taken: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...intervals].sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0])) {
    let free = true;
    for (let i = s; i < e; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s, e);
    out.push([s, e]);
  }
  return out;
}

/** The article's sentences, as the pipeline sees them, with the gold names projected onto them. */
export function projectGold(article: AnnotatedArticle): LabelledSentence[] {
  const entities = article.gold.entities ?? [];
  const people = entities.filter((e) => e.type === 'Person').flatMap(forms);
  const bodies = entities.filter((e) => e.type === 'Unit' || e.type === 'Organization').flatMap(forms);
  const roles = [...new Set((article.gold.relations ?? []).flatMap((r) => (r.type === 'MEMBER_OF' && r.role && r.role.length >= 2 ? [r.role] : [])))];
  const open: Label[] = ['LOC', 'POST'];
  return splitSentences(normalize(article.raw).text).map(({ text }) => {
    const taken = new Uint8Array(text.length);
    const spans: LabelledSpan[] = [];
    const add = (found: [number, number][], label: Label) => {
      for (const [start, end] of found) spans.push({ start, end, label });
    };
    add(longestFree(mergeChains(occurrences(text, bodies)), taken), 'ORG');
    add(longestFree(occurrences(text, people), taken), 'PER');
    add(longestFree(occurrences(text, roles), taken), 'POST');
    spans.sort((a, b) => a.start - b.start);
    return { text, spans, open };
  });
}

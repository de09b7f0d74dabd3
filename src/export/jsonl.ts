// JSON lines with evidence: one record a line, articles first, then entities, then the
// facts the articles state, each with the sentences behind it and how each was read.
// A RECEIVED carries its conferrer, so its CONFERRED mirror is not written.
import { parseEvidence } from '../model/facts.js';
import { articlePages, entityPages, factPages, type ExportFact } from '../store/read/graph-export.js';
import type { ExportFormat, ExportSource } from './source.js';

const line = (record: object) => `${JSON.stringify(record)}\n`;

function factRecord(f: ExportFact) {
  const evidence = f.evidence.map((entry, i) => {
    const e = parseEvidence(entry);
    return { article: e?.articleId ?? null, start: e?.start ?? null, end: e?.end ?? null, sentence: f.sentences?.[i] ?? null, rule: e?.rule ?? null, confidence: e?.confidence ?? null };
  });
  return {
    record: 'fact',
    type: f.type,
    from: f.from,
    to: f.to,
    ...(f.role ? { role: f.role } : {}),
    ...(f.year !== null && f.year >= 0 ? { year: f.year } : {}),
    ...(f.conferredById ? { conferredBy: f.conferredById } : {}),
    ...(f.tenure ? { tenure: f.tenure } : {}),
    confidence: f.confidence,
    confirmed: f.confirmed === true,
    evidence,
  };
}

async function* jsonl({ db, scope, progress }: ExportSource): AsyncGenerator<string> {
  for await (const page of articlePages(db, scope, { text: false })) {
    yield page.map(({ id, url, title, publishedAt, source }) => line({ record: 'article', id, url, title, publishedAt, source })).join('');
    progress(page.length);
  }
  for await (const page of entityPages(db, scope)) {
    yield page.map((e) => line({ record: 'entity', ...e })).join('');
    progress(page.length);
  }
  for await (const page of factPages(db, scope, { sentences: true })) {
    yield page.filter((f) => f.type !== 'CONFERRED').map((f) => line(factRecord(f))).join('');
    progress(page.length);
  }
}

export const JSONL: ExportFormat = {
  files: (source) => [{ name: 'graph.jsonl', chunks: jsonl(source) }],
  total: (c) => c.articles + c.entities + c.facts,
  contentType: 'application/x-ndjson',
};

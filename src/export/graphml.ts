// GraphML (http://graphml.graphdrawing.org) for Gephi and yEd: entities as nodes, facts
// as directed edges, with their properties as data. Gephi shows `label`; yEd maps data
// to labels with its Properties Mapper.
import { entityPages, factPages } from '../store/read/graph-export.js';
import type { ExportFormat, ExportSource } from './source.js';

const KEYS: [id: string, domain: 'node' | 'edge', name: string, type: 'string' | 'int' | 'double'][] = [
  ['label', 'node', 'label', 'string'],
  ['type', 'node', 'type', 'string'],
  ['aliases', 'node', 'aliases', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['relation', 'edge', 'label', 'string'],
  ['role', 'edge', 'role', 'string'],
  ['year', 'edge', 'year', 'int'],
  ['confidence', 'edge', 'confidence', 'double'],
  ['tenure', 'edge', 'tenure', 'string'],
  ['evidence', 'edge', 'evidence', 'int'],
];

// Characters XML 1.0 does not allow at all are dropped; the five special ones escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string) => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const data = (key: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : `<data key="${key}">${xml(String(value))}</data>`;

async function* graphml({ db, scope, progress }: ExportSource): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [id, domain, name, type] of KEYS) yield `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;
  yield '  <graph id="police-kg" edgedefault="directed">\n';
  for await (const page of entityPages(db, scope)) {
    yield page
      .map((e) => `    <node id="${xml(e.id)}">${data('label', e.name)}${data('type', e.type)}${data('aliases', e.aliases.join('|'))}${data('kind', e.kind)}</node>\n`)
      .join('');
    progress(page.length);
  }
  let n = 0;
  for await (const page of factPages(db, scope, { sentences: false })) {
    yield page
      .map(
        (f) =>
          `    <edge id="e${n++}" source="${xml(f.from)}" target="${xml(f.to)}">${data('relation', f.type)}${data('role', f.role)}` +
          `${data('year', f.year !== null && f.year >= 0 ? f.year : null)}${data('confidence', f.confidence)}${data('tenure', f.tenure)}` +
          `${data('evidence', f.evidence.length)}</edge>\n`,
      )
      .join('');
    progress(page.length);
  }
  yield '  </graph>\n</graphml>\n';
}

export const GRAPHML: ExportFormat = {
  files: (source) => [{ name: 'graph.graphml', chunks: graphml(source) }],
  total: (c) => c.entities + c.facts,
  contentType: 'application/graphml+xml',
};

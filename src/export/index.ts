// Exports of the graph, or of the part under a unit: GraphML, CSV for neo4j-admin, or
// JSON lines with evidence. Each reads page by page as it is written (memory stays
// bounded), for `npm run export` and the HTTP download (GET /export).
import { Readable } from 'node:stream';
import type { GraphDb } from '../store/graph-db.js';
import { countExport, scopeUnder, WHOLE_GRAPH } from '../store/read/graph-export.js';
import { CSV } from './csv.js';
import { GRAPHML } from './graphml.js';
import { JSONL } from './jsonl.js';
import type { ExportFile, ExportFormat } from './source.js';

export const EXPORT_FORMATS = { graphml: GRAPHML, csv: CSV, jsonl: JSONL } as const satisfies Record<string, ExportFormat>;
export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (name: string): name is ExportFormatName => Object.hasOwn(EXPORT_FORMATS, name);

export interface OpenedExport {
  files: ExportFile[];
  /** Records the files will hold, for a progress bar. */
  total: number;
  contentType: string;
}

/** Null when `under` names no unit. */
export async function openExport(
  db: GraphDb,
  options: { format: ExportFormatName; under: string | null },
  progress: (records: number) => void = () => undefined,
): Promise<OpenedExport | null> {
  const format = EXPORT_FORMATS[options.format];
  const scope = options.under ? await scopeUnder(db, options.under) : WHOLE_GRAPH;
  if (!scope) return null;
  const counts = await countExport(db, scope);
  return { files: format.files({ db, scope, counts, progress }), total: format.total(counts), contentType: format.contentType };
}

/** A file's text as a byte stream, read as the consumer takes it (pipeline's backpressure). */
export const byteStream = (file: ExportFile): Readable =>
  Readable.from(
    (async function* () {
      for await (const chunk of file.chunks) yield Buffer.from(chunk, 'utf8');
    })(),
  );

export type { ExportFile } from './source.js';

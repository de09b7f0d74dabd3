// What every export format reads: the scope (the whole graph or the part under a
// unit), its counts for the progress bar, and the pages (store/read/graph-export.ts).
import type { GraphDb } from '../store/graph-db.js';
import type { ExportCounts, ExportScope } from '../store/read/graph-export.js';

export interface ExportSource {
  db: GraphDb;
  scope: ExportScope;
  counts: ExportCounts;
  /** Called with the number of records just written. */
  progress: (records: number) => void;
}

/** One file of an export: a name and its text, produced as it is read. */
export interface ExportFile {
  name: string;
  chunks: AsyncIterable<string>;
}

export interface ExportFormat {
  /** Files it writes, each read lazily: nothing is read before the file is consumed. */
  files(source: ExportSource): ExportFile[];
  /** Records it writes, for the progress bar. */
  total(counts: ExportCounts): number;
  /** The media type of its single file (formats of several files are zipped for HTTP). */
  contentType: string;
}

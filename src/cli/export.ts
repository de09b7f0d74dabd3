// `npm run export -- --format graphml|csv|jsonl [--under UNIT] [--out PATH] [--progress]`:
// the graph, or the part under a unit (its id, or its exact name), written as it is read.
// GraphML and JSON lines are one file (`--out -`: standard output); CSV is a directory of
// files for neo4j-admin (IMPORT.txt in it gives the command). A progress bar goes to
// stderr when it is a terminal, or anywhere with --progress.
import cliProgress from 'cli-progress';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fromGlobalId } from '../api/ids.js';
import { byteStream, EXPORT_FORMATS, isExportFormat, openExport, type ExportFile } from '../export/index.js';
import { aliasKey } from '../loader/identity.js';
import type { GraphDb } from '../store/graph-db.js';
import { withGraph } from './with-graph.js';

const USAGE = 'usage: npm run export -- --format graphml|csv|jsonl [--under UNIT (id or exact name)] [--out PATH (- for stdout)] [--progress]';

function parseArgs(argv: string[]) {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    if (a === '--progress') {
      args.set('progress', 'yes');
      continue;
    }
    if (!['--format', '--under', '--out'].includes(a) || argv[i + 1] === undefined) {
      console.error(USAGE);
      process.exit(2);
    }
    args.set(a.slice(2), argv[++i]!);
  }
  const format = args.get('format') ?? '';
  if (!isExportFormat(format)) {
    console.error(`--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  return {
    format,
    under: args.get('under') ?? null,
    out: args.get('out') ?? (format === 'csv' ? 'police-kg-csv' : `police-kg.${format}`),
    progress: args.has('progress'),
  };
}

/** A unit's store id from its global id, its store id, or its exact name (which must name one unit). */
async function unitId(db: GraphDb, under: string): Promise<string> {
  if (/^unit_[0-9a-f]{16}$/.test(under)) return under;
  try {
    const { type, storeId } = fromGlobalId(under);
    if (type === 'Unit') return storeId;
  } catch {
    // not an id: a name
  }
  const units = await db.read<{ id: string; name: string }>('MATCH (:Alias {key: $key})-[:ALIAS_OF]->(u:Unit) RETURN u.id AS id, u.name AS name', {
    key: aliasKey('Unit', under),
  });
  if (units.length === 1) return units[0]!.id;
  throw new Error(units.length === 0 ? `no unit named ${under}` : `${under} names ${units.length} units: ${units.map((u) => `${u.id} (${u.name})`).join(', ')}`);
}

const { format, under, out, progress } = parseArgs(process.argv.slice(2));
const code = await withGraph(async (graph) => {
  const started = Date.now();
  try {
    // cli-progress draws on stderr only when it is a terminal, unless told to (noTTYOutput).
    const bar = new cliProgress.SingleBar(
      { format: `export ${format} [{bar}] {value}/{total} records {duration}s`, hideCursor: true, noTTYOutput: progress, notTTYSchedule: 1000 },
      cliProgress.Presets.shades_classic,
    );
    const opened = await openExport(graph.db, { format, under: under && (await unitId(graph.db, under)) }, (n) => bar.increment(n));
    if (!opened) throw new Error(`no unit ${under}`);
    bar.start(opened.total, 0);
    const target = (f: ExportFile): Writable => {
      if (out === '-') return process.stdout;
      return createWriteStream(format === 'csv' ? join(out, f.name) : out);
    };
    if (out === '-' && opened.files.length > 1) throw new Error('--out - takes a single-file format (graphml, jsonl)');
    if (format === 'csv') await mkdir(out, { recursive: true });
    for (const f of opened.files) await pipeline(byteStream(f), target(f), { end: out !== '-' });
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.error(`exported ${opened.total} records${out === '-' ? '' : ` to ${out}`} in ${seconds}s`);
    return 0;
  } catch (err) {
    console.error(`export failed: ${(err as Error).message}`);
    return 1;
  }
});
process.exit(code);

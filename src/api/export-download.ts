// GET /export?format=graphml|csv|jsonl[&under=<Unit id>]: the export as a download,
// for the explorer page and scripts, without GraphQL. Same access as queries (a read
// token when READ_TOKENS is set). Streamed as it is read; CSV comes zipped. At most
// EXPORT_CONCURRENCY run at once: each reads the whole graph (or subtree) from Neo4j.
import type { Request, RequestHandler, Response } from 'express';
import { ZipArchive } from 'archiver';
import { pipeline } from 'node:stream/promises';
import { byteStream, EXPORT_FORMATS, isExportFormat, openExport } from '../export/index.js';
import type { Logger } from '../logger.js';
import { isUnavailable, type GraphDb } from '../store/graph-db.js';
import { READ_TOKEN_REQUIRED, type Access } from './auth.js';
import { concurrencySlots } from './concurrency-slots.js';
import { sendHttpError } from './http-limits.js';
import { fromGlobalId } from './ids.js';

const query = (req: Request, name: string): string | null => (typeof req.query[name] === 'string' ? (req.query[name] as string) : null);

async function send(res: Response, db: GraphDb, format: keyof typeof EXPORT_FORMATS, under: string | null): Promise<void> {
  const opened = await openExport(db, { format, under });
  if (!opened) return sendHttpError(res, 404, 'NOT_FOUND', 'under: no such unit');
  const zipped = opened.files.length > 1;
  res.status(200);
  res.setHeader('content-type', zipped ? 'application/zip' : `${opened.contentType}; charset=utf-8`);
  res.setHeader('content-disposition', `attachment; filename="police-kg${under ? `-${under}` : ''}.${zipped ? `${format}.zip` : format}"`);
  if (!zipped) return pipeline(byteStream(opened.files[0]!), res);
  const zip = new ZipArchive({ zlib: { level: 6 } });
  for (const f of opened.files) zip.append(byteStream(f), { name: f.name });
  void zip.finalize();
  await pipeline(zip, res);
}

/** Seconds a refused client is told to wait: a small graph's export takes about that. */
const RETRY_AFTER_SECONDS = 5;

export function exportDownload(db: GraphDb, accessOf: (authorization: string | undefined) => Access, logger: Logger, concurrency: number): RequestHandler {
  const slots = concurrencySlots(concurrency);
  return async (req, res) => {
    if (!accessOf(req.headers.authorization).read) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendHttpError(res, 401, 'UNAUTHENTICATED', READ_TOKEN_REQUIRED);
    }
    const format = query(req, 'format') ?? '';
    if (!isExportFormat(format)) {
      return sendHttpError(res, 400, 'BAD_USER_INPUT', `format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
    }
    const underId = query(req, 'under');
    let under: string | null = null;
    if (underId) {
      const decoded = (() => {
        try {
          return fromGlobalId(underId, 'under');
        } catch {
          return null;
        }
      })();
      if (decoded?.type !== 'Unit') return sendHttpError(res, 400, 'BAD_USER_INPUT', 'under must be the id of a Unit');
      under = decoded.storeId;
    }
    const release = slots.take();
    if (!release) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendHttpError(res, 429, 'TOO_MANY_REQUESTS', `${concurrency} exports are running (EXPORT_CONCURRENCY); try again shortly.`);
    }
    try {
      await send(res, db, format, under);
    } catch (err) {
      logger.warn({ err: (err as Error).message, format, under }, 'export failed');
      // Once the download has begun, cutting it is the only way to say it failed.
      if (res.headersSent) res.destroy();
      else if (isUnavailable(err)) sendHttpError(res, 503, 'SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.');
      else sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed.');
    } finally {
      release();
    }
  };
}

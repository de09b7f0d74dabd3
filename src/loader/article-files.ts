// Articles on disk: .txt and .html files hold the page text; .json files hold one
// article ({text, url?, title?, publishedAt?, source?}) or an array of them. Files may
// be in UTF-8, GBK/GB18030 or Big5 (decode-bytes.ts).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from './article-input.js';
import { decodeBytes } from './decode-bytes.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json'];

export interface ArticleFile {
  /** Where it came from, for messages: the file, plus [i] for an entry of a JSON array. */
  label: string;
  /** Key when the article has no url: the file name, stable across machines. */
  name: string;
  input: ArticleInput;
  /** What reading it noticed: an encoding other than UTF-8. */
  warnings: string[];
}

/** A file system error as a reason a user can read, without the path (the caller names it). */
export function readFailure(err: unknown): string {
  const { code, message } = err as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return message;
}

/** Expands files and folders (recursively) into article files, sorted by path; paths it cannot read are listed apart. */
export async function listArticlePaths(paths: string[]): Promise<{ files: string[]; unreadable: { path: string; reason: string }[] }> {
  const out: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  for (const p of paths) {
    const info = await stat(p).catch((err: unknown) => {
      unreadable.push({ path: p, reason: readFailure(err) });
      return null;
    });
    if (!info) continue;
    if (info.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        if (e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(path.join(e.parentPath, e.name));
      }
    } else out.push(p);
  }
  return { files: [...new Set(out)].sort(), unreadable };
}

export async function readArticleFile(file: string): Promise<ArticleFile[]> {
  const name = path.basename(file);
  const { text: raw, encoding } = decodeBytes(await readFile(file));
  const warnings = encoding ? [`decoded from ${encoding}`] : [];
  if (path.extname(file).toLowerCase() !== '.json') return [{ label: file, name, input: { text: raw }, warnings }];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, i) => ({
    label: Array.isArray(parsed) ? `${file}[${i}]` : file,
    name: Array.isArray(parsed) ? `${name}#${i}` : name,
    input: item as ArticleInput,
    warnings,
  }));
}

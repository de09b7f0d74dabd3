// Articles on disk: .txt and .html files hold the page text; .json files hold one
// article ({text, url?, title?, publishedAt?, source?}) or an array of them.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from './article-input.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json'];

export interface ArticleFile {
  /** Where it came from, for messages: the file, plus [i] for an entry of a JSON array. */
  label: string;
  /** Key when the article has no url: the file name, stable across machines. */
  name: string;
  input: ArticleInput;
}

/** Expands files and folders (recursively) into article files, sorted by path. */
export async function listArticlePaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        if (e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(path.join(e.parentPath, e.name));
      }
    } else out.push(p);
  }
  return [...new Set(out)].sort();
}

export async function readArticleFile(file: string): Promise<ArticleFile[]> {
  const name = path.basename(file);
  const raw = await readFile(file, 'utf8');
  if (path.extname(file).toLowerCase() !== '.json') return [{ label: file, name, input: { text: raw } }];
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
  }));
}

// Stage 1: raw article text (or HTML) → the normalized body every later stage
// reads: chrome dropped, inline pinyin removed, Simplified characters, one
// punctuation set, title as the first line, plus metadata.
import { cleanTitle, footerStart, isChromeLine } from './chrome.js';
import { ExtractionError } from './errors.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { isMetaLine, parsePublished, parseSource } from './metadata.js';
import { unifyPunctuation } from './punctuation.js';
import { HAN } from './patterns.js';
import { removeInlinePinyin } from './pinyin.js';
import { simplifyWithScript } from '../text/simplify.js';
import type { ArticleMeta, NormalizedArticle } from './types.js';

export interface NormalizeOptions {
  /** Inputs larger than this (UTF-8 bytes) are refused with TOO_LARGE. Default 1 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;

const HAN_CHARS = new RegExp(`[${HAN}]`, 'g');
const LATIN_LETTER = /[A-Za-z]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
const META_SEARCH_LINES = 15;

const count = (re: RegExp, s: string) => {
  let n = 0;
  for (const _ of s.matchAll(re)) n++;
  return n;
};

/** Refuses input that cannot be an article; cheap checks first. */
function checkInput(raw: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (raw.length > maxBytes || Buffer.byteLength(raw, 'utf8') > maxBytes) {
    throw new ExtractionError('TOO_LARGE', `input is ${Buffer.byteLength(raw, 'utf8')} bytes; the limit is ${maxBytes}`);
  }
  if (raw.trim() === '') throw new ExtractionError('EMPTY', 'input is empty or whitespace only');
  if (raw.includes('\u0000')) throw new ExtractionError('BINARY', 'input contains NUL bytes: not text');
  const controls = count(CONTROL, raw);
  if (controls > 8 && controls / raw.length > 0.01) {
    throw new ExtractionError('BINARY', `input has ${controls} control or undecodable characters: not UTF-8 text`);
  }
}

function checkLanguage(text: string): void {
  const han = count(HAN_CHARS, text);
  const latin = count(LATIN_LETTER, text);
  if (han === 0 && latin === 0) throw new ExtractionError('EMPTY', 'input has no words, only punctuation or symbols');
  if (han === 0 || han / (han + latin) < 0.2) {
    throw new ExtractionError('NOT_CHINESE', `input is not Chinese text (${han} Han characters, ${latin} Latin letters)`);
  }
}

export function normalize(raw: string, opts: NormalizeOptions = {}): NormalizedArticle {
  checkInput(raw, opts.maxBytes);
  const warnings: string[] = [];
  let text = raw;
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    warnings.push('input was HTML; markup stripped');
  }
  checkLanguage(text);
  text = removeInlinePinyin(text);
  const simplified = simplifyWithScript(text);
  text = unifyPunctuation(simplified.text);

  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const { title, metaIndex, titleIndex } = locateHeader(lines);
  const meta: ArticleMeta = { script: simplified.script };
  if (title) meta.title = title;
  // Header metadata first; a page that prints it only in its footer (来源:… after the body) still has it.
  const metaLines = [metaIndex, ...lines.map((_, i) => i).filter((i) => i > titleIndex && i !== metaIndex && isMetaLine(lines[i]!))];
  for (const i of metaLines.filter((i) => i >= 0)) {
    const published = meta.publishedAt ?? parsePublished(lines[i]!);
    const source = meta.source ?? parseSource(lines[i]!);
    if (published) meta.publishedAt = published;
    if (source) meta.source = source;
  }

  const bodyStart = Math.max(metaIndex, titleIndex) + 1;
  const bodyEnd = footerStart(lines, bodyStart);
  const body: string[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = lines[i]!;
    if (line === lines[titleIndex] || isChromeLine(line) || (i < bodyStart + 3 && isMetaLine(line))) continue;
    body.push(line);
  }
  if (body.length === 0) warnings.push('no article body found');
  return { text: [title, ...body].filter(Boolean).join('\n'), meta, warnings };
}

/** A line of the article's prose: long, with a sentence in it (not a caption, a title or a meta line). */
function isProse(line: string): boolean {
  return line.length >= 40 && /[。!?]/.test(line) && !isChromeLine(line) && !isMetaLine(line);
}

/**
 * The title is the last non-chrome line before the date/source line; with no
 * such line, the first line when it reads like a headline.
 */
function locateHeader(lines: readonly string[]): { title: string; titleIndex: number; metaIndex: number } {
  // The header ends where the prose starts: a 来源 line after it is the page's footer.
  const firstProse = lines.findIndex(isProse);
  const limit = Math.min(lines.length, META_SEARCH_LINES, firstProse < 0 ? lines.length : firstProse);
  let metaIndex = -1;
  for (let i = 0; i < limit; i++) {
    if (isMetaLine(lines[i]!)) {
      metaIndex = i;
      break;
    }
  }
  for (let i = metaIndex - 1; i >= 0; i--) {
    if (!isChromeLine(lines[i]!)) return { title: cleanTitle(lines[i]!), titleIndex: i, metaIndex };
  }
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (isChromeLine(line)) continue;
    if (line.length <= 60 && !/[。]/.test(line)) return { title: cleanTitle(line), titleIndex: i, metaIndex };
    break;
  }
  return { title: '', titleIndex: -1, metaIndex };
}

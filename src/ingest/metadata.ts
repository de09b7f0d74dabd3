// Article metadata from the lines around the title: published date and time
// in the formats news sites print (2016年01月05日10:42, 2020-07-13 16:25:00,
// 发布时间:2022-09-15 09:27:08) and the source (来源, else 作者).

const DATE_TIME =
  /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;
const SOURCE = /来源\s*[:：]\s*([^\s:：]{1,40})/;
const AUTHOR = /作者\s*[:：]\s*([^\s:：]{1,40})/;
const META_KEYS = /来源\s*[:：]|作者\s*[:：]|发布时间|发布日期|时间\s*[:：]|日期\s*[:：]|点击数|阅读次数|浏览次数/;
// A key glued to the end of a value (来源:本站阅读次数) is cut off.
const TRAILING_KEY = /(?:阅读次数|点击数|浏览次数|发布时间|作者|编辑|字号).*$/;

const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');

/** ISO 8601 local date-time as written: 2020-07-13T16:25:00, or a date alone. */
export function parsePublished(line: string): string | undefined {
  const m = DATE_TIME.exec(line);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return h === undefined ? date : `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

export function parseSource(line: string): string | undefined {
  const m = SOURCE.exec(line) ?? AUTHOR.exec(line);
  const value = m?.[1]?.replace(TRAILING_KEY, '');
  return value ? value : undefined;
}

/** A short line that carries a date and/or source keys rather than prose. */
export function isMetaLine(line: string): boolean {
  if (line.length > 160) return false;
  if (META_KEYS.test(line)) return true;
  // A bare date-time line (2016年01月05日10:42 人民网) has no sentence in it.
  return DATE_TIME.test(line) && !/[。,;]/.test(line) && line.replace(DATE_TIME, '').length < 40;
}

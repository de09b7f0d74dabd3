// What a caller (CLI, GraphQL mutation, seed loader) hands the loader, validated: every
// field is bounded (the Article's url, date and source are indexed, and Neo4j refuses an
// indexed value over ~8 KB), a url is http(s), and a date is a real one, stored in one form.
import { GraphQLLocalDate } from 'graphql-scalars';
import { z } from 'zod';
import { IngestError } from './errors.js';

// 2020-07-13, or 2020-07-13 16:25 / 2020-07-13T16:25:00: local time as written.
const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const PUBLISHED_FORMS = 'an ISO date, e.g. 2020-07-13, 2020-07-13 16:25 or 2020-07-13T16:25:00';

/** The stored form, 2020-07-13 or 2020-07-13T16:25:00, or null when `value` is no real date (the LocalDate scalar's rules) and time. */
export function normalizePublishedAt(value: string): string | null {
  const m = PUBLISHED.exec(value);
  if (!m) return null;
  const [, date, hours, minutes, seconds = '00'] = m;
  try {
    GraphQLLocalDate.parseValue(date);
  } catch {
    return null;
  }
  if (hours === undefined) return date!;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${date}T${hours}:${minutes}:${seconds}`;
}

export const MAX_TITLE_LENGTH = 500;

export const articleInputSchema = z.object({
  text: z.string(),
  url: z
    .string()
    .trim()
    .min(1)
    .max(2048)
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'must be an http(s) URL')
    .optional(),
  title: z.string().trim().max(MAX_TITLE_LENGTH).optional(),
  publishedAt: z
    .string()
    .trim()
    .max(32)
    .transform((v, ctx) => normalizePublishedAt(v) ?? (ctx.addIssue(`must be ${PUBLISHED_FORMS}, with a real date and time`), z.NEVER))
    .optional(),
  source: z.string().trim().max(200).optional(),
});

export type ArticleInput = z.input<typeof articleInputSchema>;

export function parseArticleInput(input: ArticleInput): z.output<typeof articleInputSchema> {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const field = typeof first?.path[0] === 'string' ? first.path[0] : undefined;
    throw new IngestError('BAD_INPUT', parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '), field);
  }
  return parsed.data;
}

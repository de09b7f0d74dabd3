// What a caller (CLI, GraphQL mutation, seed loader) hands the loader, validated.
import { z } from 'zod';
import { IngestError } from './errors.js';

export const articleInputSchema = z.object({
  text: z.string(),
  url: z.string().trim().min(1).max(2048).optional(),
  title: z.string().trim().max(500).optional(),
  publishedAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/, 'publishedAt must be an ISO date, e.g. 2020-07-13 or 2020-07-13T16:25:00')
    .optional(),
  source: z.string().trim().max(200).optional(),
});

export type ArticleInput = z.input<typeof articleInputSchema>;

export function parseArticleInput(input: ArticleInput): z.output<typeof articleInputSchema> {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new IngestError('BAD_INPUT', parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

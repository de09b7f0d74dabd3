import type { LoadSummary } from '../loader/index.js';

export function printSummary(summary: LoadSummary): void {
  const { created, unchanged, replaced, failed, entities, relations } = summary;
  console.log(
    `articles: ${created} new, ${unchanged} unchanged, ${replaced} replaced, ${failed.length} failed\n` +
      `entities: ${entities.created} created, ${entities.merged} merged · relations: ${relations.created} created, ${relations.merged} merged`,
  );
  for (const f of failed) console.error(`FAILED ${f.label}: ${f.reason}`);
}

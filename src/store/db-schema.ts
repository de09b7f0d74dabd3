// The database schema, applied at every start: IF NOT EXISTS makes it idempotent,
// and the uniqueness constraints are what keeps parallel ingests from duplicating nodes.
import { ENTITY_TYPES } from '../model/graph.js';
import type { GraphDb } from './graph-db.js';

export const FULLTEXT_INDEX = 'entity_names';

const statements = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE',
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  ...ENTITY_TYPES.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (e:${label}) REQUIRE e.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  // Finds an article by its content when it comes through another door (write-batch.ts).
  'CREATE INDEX article_content IF NOT EXISTS FOR (a:Article) ON (a.contentHash)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  // Finds one CONFERRED among the many between a conferrer and an honour (see article-writes.ts).
  'CREATE INDEX conferred_recipient IF NOT EXISTS FOR ()-[r:CONFERRED]-() ON (r.recipientId)',
  // cjk: character bigrams, so Chinese names are searchable without a word segmenter.
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (e:${ENTITY_TYPES.join('|')}) ON EACH [e.name, e.aliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
];

export async function applyDbSchema(db: GraphDb): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}

// The database schema, applied at every start: IF NOT EXISTS makes it idempotent,
// and the uniqueness constraints are what keeps parallel ingests from duplicating nodes.
import { ENTITY_TYPES, STORED_RELATION_TYPES } from '../model/graph.js';
import type { GraphDb } from './graph-db.js';
import { refreshDerived } from './write/fact-derived.js';

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
  // The review queue and minConfidence filters read facts by confidence.
  ...STORED_RELATION_TYPES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_confidence IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.confidence)`,
  ),
  // Corrections (src/corrections) and the rules they leave for the loader (store/write/correction-rules.ts).
  'CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT correction_seq IF NOT EXISTS FOR (c:Correction) REQUIRE c.seq IS UNIQUE',
  'CREATE CONSTRAINT correction_sequence IF NOT EXISTS FOR (s:CorrectionSequence) REQUIRE s.name IS UNIQUE',
  'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE',
  'CREATE INDEX redirect_to IF NOT EXISTS FOR (r:Redirect) ON (r.to)',
  'CREATE INDEX name_pin_key IF NOT EXISTS FOR (p:NamePin) ON (p.key)',
  'CREATE INDEX entity_rule_id IF NOT EXISTS FOR (r:EntityRule) ON (r.id)',
  'CREATE CONSTRAINT fact_rule_id IF NOT EXISTS FOR (f:FactRule) REQUIRE f.id IS UNIQUE',
  'CREATE INDEX fact_rule_key IF NOT EXISTS FOR (f:FactRule) ON (f.key)',
  // cjk: character bigrams, so Chinese names are searchable without a word segmenter.
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (e:${ENTITY_TYPES.join('|')}) ON EACH [e.name, e.aliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
];

export async function applyDbSchema(db: GraphDb): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
    // Facts written before they carried a confidence get one from their evidence (once: then none is missing).
    await session.run(
      `MATCH ()-[r:${STORED_RELATION_TYPES.join('|')}]->() WHERE r.confidence IS NULL
       CALL (r) { SET ${refreshDerived('r')} } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

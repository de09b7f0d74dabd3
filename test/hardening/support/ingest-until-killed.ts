// Child process of kill-mid-ingest.test.ts: ingests one large article through the real
// loader, but holds the transaction open after every statement has run, says so on
// stdout, and waits there to be SIGKILLed before the commit.
import { readFileSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { ingestArticle } from '../../../src/loader/index.js';
import { GraphDb, type GraphDbOptions } from '../../../src/store/graph-db.js';

const options: GraphDbOptions = { uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 60_000 };

class NeverCommits extends GraphDb {
  override write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return super.write(async (tx) => {
      const result = await work(tx);
      const seen = await tx.run('MATCH (a:Article) RETURN count(a) AS articles, COUNT { MATCH (e:Entity) } AS entities');
      console.log(JSON.stringify({ state: 'written, not committed', ...seen.records[0]!.toObject() }));
      await new Promise(() => {}); // the parent kills us here
      return result;
    });
  }
}

const base = GraphDb.connect(options);
const db = new NeverCommits(base.driver, options);
await ingestArticle(db, { text: readFileSync(process.argv[2]!, 'utf8'), url: 'https://example.test/killed' });

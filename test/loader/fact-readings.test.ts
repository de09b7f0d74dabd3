// What the loader keeps of how each fact was read: every statement's reading and
// confidence, the fact's confidence rising with articles that agree, and a post's
// tenure as the newest article stating it says.
import { describe, expect, it } from 'vitest';
import { deleteArticle, ingestArticle } from '../../src/loader/index.js';
import { parseEvidence } from '../../src/model/facts.js';
import type { GraphDb } from '../../src/store/graph-db.js';
import { emptyGraphForEachTest } from '../support/test-graph.js';

let db: GraphDb;
emptyGraphForEachTest((g) => (db = g));

const post = async () => {
  const [row] = await db.read<{ evidence: string[]; confidence: number; tenure: string | null }>(
    `MATCH (:Person {name: '李明'})-[r:MEMBER_OF {role: '所长'}]->(:Unit {name: '江州市公安局城东派出所'})
     RETURN r.evidence AS evidence, r.confidence AS confidence, r.tenure AS tenure`,
  );
  return row;
};

describe('confidence', () => {
  it('is the reading’s in one article, and rises as other articles state the fact', async () => {
    const text = '江州市公安局城东派出所所长李明带领民警巡逻。';
    await ingestArticle(db, { text, url: 'https://example.gov.cn/a' });
    const one = (await post())!;
    const [entry] = one.evidence.map((e) => parseEvidence(e)!);
    expect(entry).toMatchObject({ rule: 'member-of.post' });
    expect(one.confidence).toBe(entry!.confidence);

    const b = await ingestArticle(db, { text: `${text}群众纷纷点赞。`, url: 'https://example.gov.cn/b' });
    const two = (await post())!;
    expect(two.evidence).toHaveLength(2);
    expect(two.confidence).toBeCloseTo(1 - (1 - entry!.confidence!) ** 2, 3);

    await deleteArticle(db, b.articleId);
    expect((await post())!.confidence).toBe(one.confidence);
  });
});

describe('tenure of a post', () => {
  const said = (text: string, url: string, publishedAt: string) => ingestArticle(db, { text, url, publishedAt });

  it('is what the newest article saying so says, whatever the order of ingestion', async () => {
    await said('江州市公安局城东派出所现任所长李明表示，要做好服务。', 'https://example.gov.cn/2021', '2021-05-01');
    expect((await post())!.tenure).toBe('current');
    // An older article calling him former does not undo a newer one calling him current.
    await said('原江州市公安局城东派出所所长李明出席活动。', 'https://example.gov.cn/2019', '2019-05-01');
    expect((await post())!.tenure).toBe('current');
    // A newer one does: the post moves to former.
    const newer = await said('江州市公安局城东派出所一任所长李明已经退休。', 'https://example.gov.cn/2023', '2023-05-01');
    expect((await post())!.tenure).toBe('former');
    // And taking that article back takes its say back.
    await deleteArticle(db, newer.articleId);
    expect((await post())!.tenure).toBe('current');
  });

  it('is unknown when no article says', async () => {
    await said('江州市公安局城东派出所所长李明带领民警巡逻。', 'https://example.gov.cn/plain', '2022-01-01');
    expect((await post())!.tenure).toBeNull();
  });
});

// What every fact says of how it was read: the reading (rule id), a confidence
// from that reading's precision, and, for a post, whether it is held now or was before.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import { RELATION_RULES } from '../../src/ingest/relations/rules.js';
import { measureRulePrecision } from '../../src/ingest/relations/calibrate.js';
import { readFileSync } from 'node:fs';

describe('readings and confidence', () => {
  const g = extractArticle(
    '江州市公安局城东派出所所长李明荣立个人三等功。城东派出所与江州大学签订警校共建协议,推出“平安护学”工作法。',
  );

  it('gives every fact a known reading and a confidence in (0, 1)', () => {
    expect(g.relations.length).toBeGreaterThan(3);
    for (const r of g.relations) {
      expect(Object.keys(RELATION_RULES)).toContain(r.rule);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThan(1);
    }
    expect(g.relations.find((r) => r.type === 'MEMBER_OF')).toMatchObject({ rule: 'member-of.post' });
    expect(g.relations.find((r) => r.type === 'PARTNERS_WITH')).toMatchObject({ rule: 'partners.joined' });
  });

  it('ships the per-reading precision that calibrate.ts measures on the development sets', () => {
    const shipped = JSON.parse(readFileSync('src/ingest/relations/rule-precision.json', 'utf8')) as unknown;
    expect(shipped).toEqual(measureRulePrecision());
  });
});

describe('tenure of a post', () => {
  const g = extractArticle('城东派出所一任所长张建国已经退休。现任城东派出所所长李明说,原城东派出所教导员王刚曾任西城派出所所长。');
  const posts = g.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from} ${r.to} ${r.role} ${r.tenure}`);

  it('reads 一任, 原 and 曾任 as former posts and 现任 as a current one, and names no unit with 原 glued to it', () => {
    expect(posts.sort()).toEqual(
      ['张建国 城东派出所 所长 former', '李明 城东派出所 所长 current', '王刚 城东派出所 教导员 former', '王刚 西城派出所 所长 former'].sort(),
    );
    expect(g.entities.some((e) => e.name.startsWith('原') || e.aliases?.some((a) => a.startsWith('原')))).toBe(false);
  });

  it('leaves the tenure out where the text does not say', () => {
    const plain = extractArticle('城东派出所所长李明带领民警巡逻。');
    expect(plain.relations.find((r) => r.type === 'MEMBER_OF')?.tenure).toBeUndefined();
  });
});

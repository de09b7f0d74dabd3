import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/ingest/sentences.js';

describe('splitSentences', () => {
  it('splits at end marks and line breaks with offsets into the text', () => {
    const text = '标题一行\n民警张某说:“辖区很平安。”随后离开;群众满意!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['标题一行', '民警张某说:“辖区很平安。”', '随后离开;', '群众满意!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps an end mark inside a short title quotation', () => {
    const text = '开展“你好,警察节!藏蓝心语”系列活动。';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('cuts a run with no end mark into bounded pieces', () => {
    const text = '警'.repeat(MAX_SENTENCE * 3 + 5);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE + 1);
  });
});

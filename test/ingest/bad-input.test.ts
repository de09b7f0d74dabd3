// Input that cannot be an article: a clear ExtractionError, or an empty graph
// with a warning — never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../src/ingest/errors.js';
import { extractArticle } from '../../src/ingest/extract.js';

const codeOf = (raw: string, opts = {}) => {
  try {
    extractArticle(raw, opts);
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractionError);
    return (e as ExtractionError).code;
  }
};

describe('bad input', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(codeOf('')).toBe('EMPTY');
    expect(codeOf(' \n\t\u3000 \n')).toBe('EMPTY');
  });

  it('refuses punctuation only', () => {
    expect(codeOf('。,,!!??……——“”')).toBe('EMPTY');
  });

  it('refuses binary data: NUL bytes or undecodable bytes', () => {
    expect(codeOf('民警\u0000\u0001\u0002王某')).toBe('BINARY');
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131 + 7) % 256)).toString('utf8');
    expect(codeOf(garbage)).toBe('BINARY');
  });

  it('refuses text that is not Chinese', () => {
    expect(codeOf('The police station won an award for community service this year.')).toBe('NOT_CHINESE');
  });

  it('refuses input over the size limit at once, and accepts a raised limit', () => {
    const five = '民警在辖区巡逻。'.repeat(Math.ceil((5 * 1024 * 1024) / 24));
    const t0 = performance.now();
    expect(codeOf(five)).toBe('TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(codeOf('民警在辖区巡逻。', { maxBytes: 8 })).toBe('TOO_LARGE');
  });

  // Its speed (flat time per MB) is measured by npm run bench:extract, not here.
  it('reads 2 MB of unpunctuated text under a raised limit', () => {
    const run = '民警王小明所长李大海该所派出所城东所大队党支部“快乐工作法”荣立集体三等功被评为“优秀民警”';
    const text = run.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(run)));
    const graph = extractArticle(text, { maxBytes: 4 * 1024 * 1024 });
    expect(graph.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['王小明', '李大海', '集体三等功']));
  }, 600_000);

  it('reads HTML markup as text', () => {
    const html = '<!DOCTYPE html><html><body><div class="nav">首页</div><p>城南派出所民警李明辉荣立个人三等功。</p></body></html>';
    const graph = extractArticle(html);
    expect(graph.warnings).toContain('input was HTML; markup stripped');
    expect(graph.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['李明辉', '三等功']));
  });

  it('returns an empty graph with a warning for Chinese text that names nothing', () => {
    const graph = extractArticle('今天天气很好,我们去公园散步。');
    expect(graph.entities).toEqual([]);
    expect(graph.warnings).toContain('no entities found');
  });
});

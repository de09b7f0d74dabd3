// Genre rules added from the fourth development set (bench/heldout4), each on
// sentences of its own (invented places, units and people).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.js';
import type { ArticleGraph } from '../../src/ingest/types.js';

const edges = (g: ArticleGraph, type: string) =>
  g.relations.filter((r) => r.type === type).map((r) => `${r.from} → ${r.to}${r.role ? ` (${r.role})` : ''}`);
const names = (g: ArticleGraph, type: string) => g.entities.filter((e) => e.type === type).map((e) => e.name);

describe('unit names the tagger cuts or glues', () => {
  it('keeps the loose characters the tagger cut off a name (亭/ng 湖/ns, 月/m 河/ns)', () => {
    const g = extractArticle('江州市公安局亭湖分局刑侦大队被江州市公安局记集体二等功。近年来,月河派出所党支部以“红枫”党建品牌为引领。');
    expect(names(g, 'Unit')).toEqual(expect.arrayContaining(['江州市公安局亭湖分局刑侦大队', '江州市公安局亭湖分局', '月河派出所党支部']));
    expect(names(g, 'Unit').some((n) => n.startsWith('湖') || n.startsWith('河'))).toBe(false);
  });

  it('cuts a word glued to a name (记 in a headline) back to the name written between two links', () => {
    const g = extractArticle('坚守的青春——记金山分局东关派出所团支部\n江州市公安局金山分局东关派出所团支部组织青年民警巡逻。');
    expect(names(g, 'Unit')).not.toContain('记金山分局');
    expect(names(g, 'Unit')).toContain('江州市公安局金山分局东关派出所团支部');
  });

  it('reads a station met in full by its short form, three-character names too (和平桥所)', () => {
    const g = extractArticle('江州市公安局临江分局和平桥派出所地处老城。在他的带动下,和平桥所形成了比学赶超的氛围。');
    const station = g.entities.find((e) => e.name === '江州市公安局临江分局和平桥派出所');
    expect(station?.aliases).toContain('和平桥所');
    expect(names(g, 'Unit')).not.toContain('平桥所');
  });
});

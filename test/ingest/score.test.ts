import { describe, expect, it } from 'vitest';
import { normName, scoreGraphs } from '../../src/eval/score.js';

describe('scoreGraphs', () => {
  it('matches entities by any shared name or alias, after folding and quote removal', () => {
    expect(normName('全國“青年文明號”')).toBe('全国青年文明号');
    const gold = { entities: [{ type: 'Unit', name: '巢湖市公安局', aliases: ['巢湖市局'] }], relations: [] };
    const pred = { entities: [{ type: 'Unit', name: '巢湖市局' }], relations: [] };
    const r = scoreGraphs([{ name: 'a', gold, pred }]);
    expect(r.entities.tp).toBe(1);
    expect(r.entities.f1).toBe(1);
  });

  it('matches relations through matched ends and scores properties separately', () => {
    const gold = {
      entities: [
        { type: 'Person', name: '张三' },
        { type: 'Unit', name: '城东派出所', aliases: ['城东所'] },
      ],
      relations: [{ type: 'MEMBER_OF', from: '张三', to: '城东派出所', role: '所长' }],
    };
    const pred = {
      entities: [
        { type: 'Person', name: '张三' },
        { type: 'Unit', name: '城东所' },
      ],
      relations: [{ type: 'MEMBER_OF', from: '张三', to: '城东所', role: '副所长' }],
    };
    const r = scoreGraphs([{ name: 'a', gold, pred }]);
    expect(r.relations.tp).toBe(1);
    expect(r.properties.role).toMatchObject({ right: 0, total: 1 });
  });

  it('counts a missing prediction as empty output', () => {
    const gold = { entities: [{ type: 'Honour', name: '三等功' }], relations: [] };
    const r = scoreGraphs([{ name: 'a', gold }]);
    expect(r.entities.fn).toBe(1);
    expect(r.entities.f1).toBe(0);
  });
});

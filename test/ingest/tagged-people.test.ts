// The tagger in extraction (mentions/people/tagged.ts): it finds the people no
// rule reads, lets the rules read the whole of a name, and adds no bylines,
// nicknames or quoted words. Sentences are invented in the genre's patterns.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/ingest/mentions/index.js';
import { longerReading, type TaggedName } from '../../src/ingest/mentions/people/tagged.js';
import { tag } from '../../src/ingest/segment.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const people = (text: string) => findMentions(text, splitSentences(text)).persons.map((p) => ({ name: p.name, rule: p.rule }));
const names = (text: string) => people(text).map((p) => p.name);

describe('people the tagger finds', () => {
  it('finds names listed after their units, where no post stands before them', () => {
    expect(people('此次受表彰的12名青年民警(城南派出所邵明轩、巡特警大队柯雨桐等)将赴省城参加交流。')).toEqual([
      { name: '邵明轩', rule: 'tagger.person' },
      { name: '柯雨桐', rule: 'tagger.person' },
    ]);
  });

  it('finds a name with nothing around it that the rules read', () => {
    expect(people('还有刚调来半年的邵明轩,也跟着师父学会了调解。')).toEqual([{ name: '邵明轩', rule: 'tagger.person' }]);
    expect(names('户籍内勤柯雨桐大姐干了二十年。')).toEqual(['柯雨桐']);
  });

  it('leaves the names the rules read to the rules', () => {
    expect(people('城南派出所民警邵明轩、柯雨桐受到嘉奖。').map((p) => p.rule)).toEqual(['person.post', 'person.post']);
  });

  it('adds no bylines, nicknames, quoted words or forms of address', () => {
    // The tagger marks each of these names PER with confidence above the stage's threshold.
    expect(names('(记者 王建军 通讯员 李海涛)')).toEqual([]);
    expect(names('深入开展矛盾纠纷排查化解工作。(李海涛)')).toEqual([]);
    expect(names('审稿:李海涛')).toEqual([]);
    expect(names('大家都叫他“王大哥”,他从不推辞。')).toEqual([]);
    expect(names('他们把这个调解室叫作“王建军工作室”。')).toEqual([]);
  });
});

describe('names the rules read', () => {
  const tagged = (start: number, name: string): TaggedName[] => [{ start, end: start + name.length, name, confidence: 0.9 }];

  it('take the tagger’s longer transliterated name where theirs stops inside a word', () => {
    const s = '民警索朗扎西赶到';
    expect(longerReading(tagged(2, '索朗扎西'), tag(s), 2, '索朗扎')).toBe('索朗扎西');
  });

  it('take the tagger’s name where they read none, else keep their own', () => {
    const s = '所长才让多杰带领民警任浩任副组长';
    const tokens = tag(s);
    expect(longerReading(tagged(2, '才让多杰'), tokens, 2, undefined)).toBe('才让多杰');
    // A Han name's length is the rules' (任 before a post is "serve as"), even inside jieba's word 任浩任.
    expect(longerReading(tagged(10, '任浩任'), tokens, 10, '任浩')).toBe('任浩');
    expect(longerReading(tagged(10, '任浩'), tokens, 8, '民警')).toBe('民警');
  });

  it('read whole names in the extraction', () => {
    // The rules alone read 索南达: they know the syllable 索南, not 达杰.
    expect(names('民警索南达杰、辅警刘海涛赶往现场。')).toEqual(['索南达杰', '刘海涛']);
  });
});

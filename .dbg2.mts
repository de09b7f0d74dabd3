import { tag } from './src/ingest/segment.ts';
import { findUnitMentions } from './src/ingest/mentions/units.ts';
import { findPersonMentions } from './src/ingest/mentions/people.ts';
const s='“公安事业发展要实现‘青出于蓝而胜于蓝’,从而充分发挥工作室的引领示范作用。”现任所长、派出所第五任党支部书记刘岭说。';
const ctx = {index:0, sentence:{text:s,start:0,end:s.length}, tokens: tag(s)};
const units = findUnitMentions(ctx, new Set());
console.log(units.map(u=>[u.surface,u.start,u.end,u.reference, u.segments.length]));
console.log(JSON.stringify(findPersonMentions(ctx, units).map(p=>[p.name, p.posts.map(q=>[q.role,q.unit?.surface,q.partyBody?.head])])));
console.log(ctx.tokens.map(t=>t.word+'/'+t.tag).join(' '));

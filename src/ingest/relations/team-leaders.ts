// 突击队队长、…何子健: the person who holds a team's leading post leads the
// team (LEADS), and holds no post in a unit by it (MEMBER_OF leaves it out).
import type { InitiativeMention } from '../mentions/initiatives.js';
import type { PersonMention, PersonPost } from '../mentions/types.js';
import type { RelationContext } from './context.js';

export interface TeamLeaders {
  byTeam: Map<InitiativeMention, PersonMention>;
  posts: Set<PersonPost>;
}

export function findTeamLeaders(ctx: RelationContext): TeamLeaders {
  const byTeam = new Map<InitiativeMention, PersonMention>();
  const posts = new Set<PersonPost>();
  for (const m of ctx.input.mentions.initiatives) {
    const post = m.leaderPost;
    if (!post) continue;
    const role = ctx.text.slice(post.start, post.end);
    const person = ctx.input.mentions.persons.find((p) => p.sentence === m.sentence && p.start >= post.end && p.posts.some((q) => q.role === role));
    if (!person) continue;
    byTeam.set(m, person);
    posts.add(person.posts.find((q) => q.role === role)!);
  }
  return { byTeam, posts };
}

// Stage 5: relations, each with the sentence it was read from. The recipient
// of an honour and the actor of an initiative are found the way a reader finds
// them: the unit or person written before the verb in the same clause, else
// the subject the sentence opened with, else the subject of the paragraph so
// far, else the unit the article is about (context.ts). One reader per
// relation type; MEMBER_OF may create the Party bodies a post names, so it
// reads after PART_OF and before LEADS, which looks up who leads their unit.
import type { ExtractedRelation } from '../types.js';
import { RelationContext, type RelationInput } from './context.js';
import { readLeads } from './leads.js';
import { readMemberOf } from './member-of.js';
import { readPartOf } from './part-of.js';
import { readPartners } from './partners.js';
import { readReceived } from './received.js';
import { RelationSink } from './sink.js';
import { findTeamLeaders } from './team-leaders.js';

export function extractRelations(input: RelationInput): ExtractedRelation[] {
  const ctx = new RelationContext(input);
  const sink = new RelationSink(input.mentions.sentences);
  const teamLeaders = findTeamLeaders(ctx);
  readPartOf(ctx, sink);
  readMemberOf(ctx, sink, teamLeaders.posts);
  readReceived(ctx, sink);
  readLeads(ctx, sink, teamLeaders.byTeam);
  readPartners(ctx, sink);
  return [...sink.all()];
}

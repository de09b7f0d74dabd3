import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../../generated/graphql.js';
import { connectionFields } from '../pagination.js';
import { articleQueries, articleResolvers } from './article.js';
import { entityResolvers } from './entities.js';
import { evidenceParagraph, explorerQueries, graphViewOmitted } from './explorer.js';
import { evidenceResolvers, factQueries, factResolvers, factTypeResolvers, membershipResolvers } from './facts.js';
import { browseQueries } from './browse.js';
import { correctionMutations, correctionPayloadResolvers, correctionQueries, correctionResolvers } from './corrections.js';
import { graphEdgeResolvers, graphViewQueries } from './graph-view.js';
import { ingestMutations, ingestPayloadResolvers } from './ingest.js';
import { nodeInterfaces, nodeQueries } from './node.js';
import { searchQueries } from './search.js';
import { statsQuery } from './stats.js';

export const resolvers: Resolvers = {
  LocalDate: LocalDateResolver,
  JSONObject: JSONObjectResolver,
  Query: {
    ...statsQuery,
    ...nodeQueries,
    ...searchQueries,
    ...articleQueries,
    ...graphViewQueries,
    ...explorerQueries,
    ...factQueries,
    ...correctionQueries,
    ...browseQueries,
  },
  Mutation: { ...ingestMutations, ...correctionMutations },
  ...nodeInterfaces,
  ...entityResolvers,
  Article: articleResolvers,
  Fact: factResolvers,
  ...factTypeResolvers,
  Membership: membershipResolvers,
  Evidence: { ...evidenceResolvers, ...evidenceParagraph },
  GraphEdge: graphEdgeResolvers,
  GraphView: graphViewOmitted,
  IngestArticlePayload: ingestPayloadResolvers,
  Correction: correctionResolvers,
  CorrectionPayload: correctionPayloadResolvers,
  CorrectionConnection: connectionFields,
  UnitConnection: connectionFields,
  PersonConnection: connectionFields,
  HonourConnection: connectionFields,
  UnitHierarchyConnection: connectionFields,
  MembershipConnection: connectionFields,
  AwardConnection: connectionFields,
  LeadershipConnection: connectionFields,
  PartnershipConnection: connectionFields,
  FactConnection: connectionFields,
  ArticleConnection: connectionFields,
  EntityArticleConnection: connectionFields,
  ArticleEntityConnection: connectionFields,
  SearchConnection: connectionFields,
};

import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from schema/*.graphql; mappers make resolvers return
// the store's records (src/store/read/records.ts, wrapped for lists in
// src/api/pagination.ts) rather than hand-built GraphQL objects.
const m = (name: string) => `../api/mappers.js#${name}`;

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    // The explorer page's operations, as typed documents (plain strings: no GraphQL runtime in the bundle).
    'src/web/generated/graphql.ts': {
      documents: 'src/web/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        scalars: { LocalDate: 'string' },
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../api/context.js#ApiContext',
        scalars: { LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        mappers: {
          Unit: m('EntityRecord'),
          Person: m('EntityRecord'),
          Honour: m('EntityRecord'),
          Initiative: m('EntityRecord'),
          Organization: m('EntityRecord'),
          Article: m('ArticleRecord'),
          Evidence: m('EvidenceRef'),
          PartOf: m('PartOfRecord'),
          Membership: m('MembershipRecord'),
          Award: m('AwardRecord'),
          Leadership: m('LeadershipRecord'),
          Partnership: m('PartnershipRecord'),
          GraphView: m('GraphViewRecord'),
          GraphPath: m('GraphPathRecord'),
          GraphEdge: m('GraphEdgeRecord'),
          IngestArticlePayload: m('IngestResult'),
          Correction: m('CorrectionRecord'),
          CorrectionPayload: m('CorrectionResult'),
          ...Object.fromEntries(
            [
              'UnitHierarchy',
              'Membership',
              'Award',
              'Leadership',
              'Partnership',
              'Fact',
              'Article',
              'EntityArticle',
              'ArticleEntity',
              'Search',
              'Correction',
              'Unit',
              'Person',
              'Honour',
            ].flatMap((t) => [
              [`${t}Connection`, m(`${t}ConnectionRecord`)],
              [`${t}Edge`, m(`${t}EdgeRecord`)],
            ]),
          ),
        },
      },
    },
  },
};

export default config;

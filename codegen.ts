import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from schema/*.graphql; mappers make resolvers return
// the store's records (src/store/records.ts) rather than hand-built GraphQL objects.
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../api/context.js#ApiContext',
        mappers: {},
      },
    },
  },
};

export default config;

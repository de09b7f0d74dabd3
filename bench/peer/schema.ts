// @neo4j/graphql 7's executable schema over the type definitions beside this file.
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

export function peerSchema(driver: Driver): Promise<GraphQLSchema> {
  const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}

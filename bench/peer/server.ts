// @neo4j/graphql 7 served as its documentation shows (Apollo Server's standalone
// HTTP server) against the benchmark's database. Forked by the API suite
// (bench/api-suite.ts): sends its URL once it listens, stops when disconnected.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import neo4j from 'neo4j-driver';
import { peerSchema } from './schema.js';

const { NEO4J_URI, NEO4J_USER = 'neo4j', NEO4J_PASSWORD = '' } = process.env;
const driver = neo4j.driver(NEO4J_URI!, NEO4J_PASSWORD ? neo4j.auth.basic(NEO4J_USER, NEO4J_PASSWORD) : undefined);
const server = new ApolloServer({ schema: await peerSchema(driver) });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
process.send!({ url });
process.once('disconnect', async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
});

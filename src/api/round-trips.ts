// Outside production, every response says how many database round trips it
// cost (extensions.roundTrips): tests assert it, developers see it.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.js';

export const roundTripsExtension: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, roundTrips: contextValue.db.roundTrips.count };
      },
    };
  },
};

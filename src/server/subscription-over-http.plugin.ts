import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Subscriptions stream over WebSocket only; over HTTP they get told where, before anything runs. */
export function subscriptionOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== 'subscription') return;
          const headers = request.http?.headers;
          const host = headers?.get('x-forwarded-host') ?? headers?.get('host') ?? 'localhost';
          const secure = headers?.get('x-forwarded-proto') === 'https';
          const url = `${secure ? 'wss' : 'ws'}://${host}/graphql`;
          throw new GraphQLError(
            `Subscriptions are served over WebSocket (graphql-ws, the graphql-transport-ws protocol) at ${url}, not over HTTP.`,
            {
              extensions: {
                code: 'SUBSCRIPTION_NEEDS_WEBSOCKET',
                websocketUrl: url,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}

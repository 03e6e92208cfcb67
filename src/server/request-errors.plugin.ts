import { ApolloServerPlugin } from '@apollo/server';
import { GatewayContext } from './context';
import { isClientError } from './error-format';

/** Logs unexpected errors with the request id, and stamps that id on every error sent back. */
export function requestErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isClientError(error.extensions?.code)) continue;
            const cause = error.originalError ?? error;
            contextValue.logger.error(
              {
                err: { name: cause.name, message: cause.message, stack: cause.stack },
                path: error.path,
              },
              'unexpected error while resolving',
            );
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}

import { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GatewayContext } from './context';
import { recordOperation } from './operation-record';

/** Records each HTTP operation (log line, metrics) and names its span after it. */
export function operationLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operation, operationName, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const errors = (body?.errors ?? []).map((error) => String(error.extensions?.code));
          const seconds = (performance.now() - started) / 1000;
          const type = operation?.operation ?? 'unknown';
          const span = trace.getActiveSpan();
          span?.updateName(`graphql ${type}${operationName ? ` ${operationName}` : ''}`);
          span?.setAttributes({
            'graphql.operation.type': type,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
            'gateway.results': contextValue.outcomes,
            'gateway.error_codes': errors,
          });
          if (errors.length > 0) span?.setStatus({ code: SpanStatusCode.ERROR });
          recordOperation(contextValue, {
            name: operationName ?? null,
            type: operation?.operation ?? null,
            transport: 'http',
            seconds,
            errors,
            httpStatus: response.http.status ?? 200,
          });
        },
      };
    },
  };
}

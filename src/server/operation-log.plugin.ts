import { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { GatewayContext } from './context';

/**
 * One line and one count per GraphQL operation over HTTP: its name and type, how long it took, the result members
 * and error codes it returned. Request id and partner come from the request scope. Never variables,
 * which may hold card data or personal data.
 */
export function operationLogPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
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
          metrics.operation(
            operationName ?? null,
            operation?.operation ?? 'unknown',
            errors.length > 0,
            seconds,
          );
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              durationMs: Math.round(seconds * 1000),
              httpStatus: response.http.status ?? 200,
              results: contextValue.outcomes,
              errors,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

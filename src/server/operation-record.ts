import { GatewayContext } from './context';

export interface OperationSummary {
  name: string | null;
  /** null when the operation could not be resolved (a parse or validation failure). */
  type: string | null;
  transport: 'http' | 'websocket';
  seconds: number;
  /** The `extensions.code` of each error returned. */
  errors: string[];
  httpStatus?: number;
}

/**
 * The one log line and the one count of an operation, whichever transport carried it. Request id
 * and partner come from the context's logger, the request's own. Never variables, which may hold
 * card data or personal data.
 */
export function recordOperation(context: GatewayContext, summary: OperationSummary): void {
  context.metrics.operation(
    summary.name,
    summary.type ?? 'unknown',
    summary.errors.length > 0,
    summary.seconds,
  );
  context.logger.info(
    {
      operationName: summary.name,
      operationType: summary.type,
      transport: summary.transport,
      durationMs: Math.round(summary.seconds * 1000),
      ...(summary.httpStatus === undefined ? {} : { httpStatus: summary.httpStatus }),
      results: context.outcomes,
      errors: summary.errors,
    },
    'graphql operation',
  );
}

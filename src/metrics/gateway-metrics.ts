import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AtlasCallObserver } from '../atlas/atlas.client';

/** Client-chosen operation names become a label only in this shape, and only this many of them. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/** Live counts read when /metrics is scraped. */
export interface LiveCounts {
  webSocketConnections(): number;
  subscriptions(): number;
  pollers(): number;
}

/**
 * Every metric the gateway exports, on a registry of its own (prom-client), with the process's
 * default metrics. Labels hold bounded values only: never an order number, card data, key or token.
 */
export function createGatewayMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const names = new Set<string>();
  const operationName = (name: string | null) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers });
  const operations = counter(
    'gateway_graphql_operations_total',
    'GraphQL operations, by operation name, type and result (ok or error).',
    ['operation_name', 'operation_type', 'result'],
  );
  const operationSeconds = new Histogram({
    name: 'gateway_graphql_operation_duration_seconds',
    help: 'How long GraphQL operations took, by type and result.',
    labelNames: ['operation_type', 'result'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const payments = counter(
    'gateway_pay_order_results_total',
    'payOrder answers, by PaymentResult member and who decided it.',
    ['member', 'decided_by'],
  );
  const atlasCalls = counter(
    'gateway_atlas_calls_total',
    'Calls to Atlas, by endpoint and outcome (business status, http_<code>, or transport failure).',
    ['endpoint', 'outcome'],
  );
  const atlasSeconds = new Histogram({
    name: 'gateway_atlas_call_duration_seconds',
    help: 'How long Atlas took to answer, by endpoint.',
    labelNames: ['endpoint'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers,
  });
  const atlasRetries = counter(
    'gateway_atlas_retries_total',
    'Retried Atlas calls (order queries only; pay.do is never retried), by endpoint.',
    ['endpoint'],
  );
  const webhooks = counter(
    'gateway_webhooks_total',
    'Webhooks received, by event type (or none when refused before it was read) and verdict.',
    ['type', 'verdict'],
  );
  const rateLimited = counter(
    'gateway_rate_limited_total',
    'Requests refused over a rate limit, by partner and limit.',
    ['partner', 'limit'],
  );
  const dependencyErrors = counter(
    'gateway_dependency_errors_total',
    'Failures of the ledger or Redis seen while serving, by dependency.',
    ['dependency'],
  );
  const atlas: AtlasCallObserver = {
    called(endpoint, outcome, seconds) {
      atlasCalls.inc({ endpoint, outcome });
      atlasSeconds.observe({ endpoint }, seconds);
    },
    retried: (endpoint) => atlasRetries.inc({ endpoint }),
  };
  return {
    registry,
    atlas,
    operation(name: string | null, type: string, failed: boolean, seconds: number) {
      const result = failed ? 'error' : 'ok';
      operations.inc({ operation_name: operationName(name), operation_type: type, result });
      operationSeconds.observe({ operation_type: type, result }, seconds);
    },
    payment: (member: string, decidedBy: string) => payments.inc({ member, decided_by: decidedBy }),
    webhook: (type: string, verdict: string) => webhooks.inc({ type, verdict }),
    rateLimited: (partner: string, limit: string) => rateLimited.inc({ partner, limit }),
    dependencyError: (dependency: 'ledger' | 'redis') => dependencyErrors.inc({ dependency }),
    /** Gauges read live counts at scrape time. */
    watch(live: LiveCounts) {
      for (const [name, help, read] of [
        ['gateway_websocket_connections', 'Open WebSocket connections.', live.webSocketConnections],
        ['gateway_subscriptions', 'Running subscriptions.', live.subscriptions],
        ['gateway_ticketing_pollers', 'Orders being polled for ticketing.', live.pollers],
      ] as const) {
        new Gauge({
          name,
          help,
          registers,
          collect() {
            this.set(read());
          },
        });
      }
    },
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;

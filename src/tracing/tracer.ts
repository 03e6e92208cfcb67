import { trace } from '@opentelemetry/api';

/**
 * The tracer every span of the gateway comes from: OpenTelemetry's API only, so code that makes
 * spans never loads the SDK, and every span is a no-op until start-tracing.ts registers a provider.
 */
export const tracer = () => trace.getTracer('atlas-gateway');

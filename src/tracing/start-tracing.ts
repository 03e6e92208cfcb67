import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingSettings {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: spans go to `<endpoint>/v1/traces` as OTLP/HTTP JSON. */
  endpoint: string;
  serviceName: string;
  /** OTEL_BSP_SCHEDULE_DELAY: how long spans wait to be sent in a batch. */
  batchDelayMs: number;
}

/**
 * Registers an OpenTelemetry tracer provider that exports to an OTLP collector. Off unless
 * configured: then every span is a no-op and costs next to nothing.
 */
export function startTracing(settings: TracingSettings): { shutdown(): Promise<void> } {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/+$/, '')}/v1/traces` }),
        { scheduledDelayMillis: settings.batchDelayMs },
      ),
    ],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

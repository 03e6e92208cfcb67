import { join } from 'node:path';
import { z } from 'zod';
import { LedgerDatabaseSettings } from './ledger/ledger.database';
import { JwtSettings } from './partners/jwt.verifier';
import { PartnerLimits } from './partners/partner';
import { TracingSettings } from './tracing/start-tracing';
import { SharedStateSettings } from './shared-state';
import { ATLAS_CLI_INTERVALS_MS, PollSchedule } from './ticketing/poll-schedule';

/** The only module that reads the environment. Every problem is reported at once. */

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const intFrom = (fallback: number, min: number, max: number) =>
  wholeNumber(min, max)
    .optional()
    .transform((value) => value ?? fallback);

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: intFrom(4000, 0, 65535),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    ATLAS_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    ATLAS_CLIENT_ID: z.string().min(1).optional(),
    ATLAS_CLIENT_SECRET: z.string().min(1).optional(),
    ATLAS_TIMEOUT_MS: intFrom(10_000, 100, 120_000),
    ATLAS_PAY_TIMEOUT_MS: intFrom(30_000, 100, 300_000),
    ATLAS_QUERY_RETRIES: intFrom(2, 0, 10),
    SIMULATOR_PORT: intFrom(4010, 0, 65535),
    SIMULATOR_TICKETING_DELAY_MS: intFrom(20_000, 0, 3_600_000),
    STORE: z.enum(['memory', 'redis']).default('memory'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    CHECKOUT_DIR: z.string().min(1).optional(),
    PAYMENT_SETTLE_MS: intFrom(120_000, 1_000, 3_600_000),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
      .default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: z.string().min(1).max(64).default('atlas-gateway:'),
    IDEMPOTENCY_TTL_SECONDS: intFrom(86_400, 86_400, 30 * 86_400),
    IDEMPOTENCY_HASH_KEY: z
      .string()
      .min(32, { error: 'must be at least 32 characters' })
      .optional(),
    PAY_LOCK_TTL_MS: intFrom(120_000, 1_000, 3_600_000),
    TICKETING_POLL_INTERVALS_MS: z
      .string()
      .regex(/^\d+(,\d+)*$/, { error: 'must be whole milliseconds separated by commas' })
      .transform((list) => list.split(',').map(Number))
      .refine((list) => list.every((ms) => ms >= 100 && ms <= 600_000), {
        error: 'each interval must be from 100 to 600000 ms',
      })
      .optional()
      .transform((list) => list ?? ATLAS_CLI_INTERVALS_MS),
    TICKETING_POLL_JITTER: z
      .string()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'must be a ratio from 0 to 1' })
      .transform(Number)
      .optional()
      .transform((value) => value ?? 0.2),
    TICKETING_MAX_CONCURRENT_POLLS: intFrom(16, 1, 1_000),
    TICKETING_STALE_AFTER_MS: intFrom(60_000, 1_000, 3_600_000),
    WEBHOOK_SECRET: z.string().min(24, { error: 'must be at least 24 characters' }).optional(),
    WEBHOOK_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    METRICS_PORT: wholeNumber(0, 65535).optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default('atlas-gateway'),
    OTEL_BSP_SCHEDULE_DELAY: intFrom(5_000, 0, 600_000),
    SHUTDOWN_DRAIN_MS: intFrom(5_000, 0, 600_000),
    SHUTDOWN_TIMEOUT_MS: intFrom(90_000, 1_000, 3_600_000),
    PARTNERS_FILE: z.string().min(1).optional(),
    PARTNERS_RELOAD_MS: intFrom(2_000, 100, 60_000),
    AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    RATE_LIMIT_REQUESTS_PER_SECOND: intFrom(50, 1, 100_000),
    RATE_LIMIT_PAYMENTS_PER_MINUTE: intFrom(30, 1, 100_000),
    RATE_LIMIT_PAYMENT_ATTEMPTS_PER_ORDER_PER_HOUR: intFrom(10, 1, 1_000),
    MAX_ATLAS_CALLS_PER_OPERATION: intFrom(50, 1, 1_000),
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    CORS_ORIGINS: z
      .string()
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== ''),
      )
      .refine((list) => list.every((origin) => ORIGIN.test(origin)), {
        error: 'must be origins such as https://shop.example.com, separated by commas',
      })
      .optional()
      .transform((list) => list ?? []),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'redis' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message:
          'is required with STORE=redis: replicas must share one payment ledger, and the embedded one lives inside a single process',
      });
    }
    if ((env.STORE === 'redis' || env.DATABASE_URL) && !env.IDEMPOTENCY_HASH_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['IDEMPOTENCY_HASH_KEY'],
        message:
          'is required with STORE=redis or DATABASE_URL: every replica, and every restart, must fingerprint requests alike',
      });
    }
    if (env.PAYMENT_SETTLE_MS < 2 * env.ATLAS_PAY_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYMENT_SETTLE_MS'],
        message: `must be at least twice ATLAS_PAY_TIMEOUT_MS (${2 * env.ATLAS_PAY_TIMEOUT_MS} ms): a pay.do we stopped waiting for can still land at Atlas after our timeout`,
      });
    }
    if (env.WEBHOOK_PUBLIC_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required with WEBHOOK_PUBLIC_URL: the registered URL carries it',
      });
    }
    const longestPayment =
      env.ATLAS_PAY_TIMEOUT_MS + env.ATLAS_TIMEOUT_MS * (env.ATLAS_QUERY_RETRIES + 1);
    if (env.PAY_LOCK_TTL_MS <= longestPayment) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAY_LOCK_TTL_MS'],
        message: `must exceed the longest payment (${longestPayment} ms: the order read with its retries, then pay.do), or a second payment could start while the first runs`,
      });
    }
    const jwtParts = [env.AUTH_JWKS_URL, env.AUTH_ISSUER, env.AUTH_AUDIENCE];
    if (jwtParts.some(Boolean) && !jwtParts.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE go together: set all three or none',
      });
    }
    if (env.ATLAS_BASE_URL && !env.PARTNERS_FILE) {
      ctx.addIssue({
        code: 'custom',
        path: ['PARTNERS_FILE'],
        message:
          'is required with a real Atlas (ATLAS_BASE_URL): without partners anyone reaching the port could pay from the deposit; `npm run partner:key` makes a key',
      });
    }
    const shutdownNeeds = env.SHUTDOWN_DRAIN_MS + longestPayment + 5_000;
    if (env.SHUTDOWN_TIMEOUT_MS < shutdownNeeds) {
      ctx.addIssue({
        code: 'custom',
        path: ['SHUTDOWN_TIMEOUT_MS'],
        message: `must be at least ${shutdownNeeds} ms (the drain, the longest payment and 5 s): a payment on the wire is never cut`,
      });
    }
    if (env.ATLAS_BASE_URL && (!env.ATLAS_CLIENT_ID || !env.ATLAS_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ATLAS_CLIENT_ID'],
        message: 'ATLAS_CLIENT_ID and ATLAS_CLIENT_SECRET are required when ATLAS_BASE_URL is set',
      });
    }
  });

export type AtlasTarget =
  | { kind: 'remote'; baseUrl: string; clientId: string; clientSecret: string }
  | { kind: 'simulator' };

export interface SimulatorSettings {
  port: number;
  ticketingDelayMs: number;
  /** The reference checkout npm start built (scripts/start.cjs); null: /checkout is off. */
  checkoutDir: string | null;
}

export interface SafetySettings {
  store: SharedStateSettings;
  ledger: LedgerDatabaseSettings;
  /** null: the embedded ledger's own key, kept in `hashKeyFile`. */
  hashKey: string | null;
  /** Where the embedded ledger keeps its key; null with DATABASE_URL, where the key is required. */
  hashKeyFile: string | null;
  lockTtlMs: number;
  recordTtlMs: number;
  settleMs: number;
}

export interface TicketingSettings {
  schedule: PollSchedule;
  maxConcurrentPolls: number;
  /** null: random per process, used with the embedded simulator only. */
  webhookSecret: string | null;
  /** Where Atlas can reach this gateway; the webhook is registered at start when set. */
  webhookPublicUrl: string | null;
}

export interface PartnerSettings {
  /** null: only on the simulator, where demo partners are made in `demoFile`. */
  file: { path: string; reloadMs: number } | null;
  demoFile: string;
  jwt: JwtSettings | null;
  /** What a partner gets for a limit its entry does not set. */
  defaults: PartnerLimits;
}

export interface GraphQLSettings {
  production: boolean;
  introspection: boolean;
  hideSuggestions: boolean;
  maxAtlasCallsPerOperation: number;
  corsOrigins: string[];
}

export interface ShutdownSettings {
  /** From the signal until the listener closes: readiness is 503 and requests are still served. */
  drainMs: number;
  /** From the signal until the process exits, whatever is still running. */
  timeoutMs: number;
}

export interface Config {
  port: number;
  /** /metrics on its own port; null: on the main port. */
  metricsPort: number | null;
  host: string;
  logLevel: string;
  atlas: AtlasTarget;
  simulator: SimulatorSettings;
  atlasTimeoutMs: number;
  atlasPayTimeoutMs: number;
  atlasQueryRetries: number;
  safety: SafetySettings;
  ticketing: TicketingSettings;
  partners: PartnerSettings;
  graphql: GraphQLSettings;
  shutdown: ShutdownSettings;
  /** null: tracing off. */
  tracing: TracingSettings | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    metricsPort: e.METRICS_PORT ?? null,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    atlas: e.ATLAS_BASE_URL
      ? {
          kind: 'remote',
          baseUrl: e.ATLAS_BASE_URL,
          clientId: e.ATLAS_CLIENT_ID!,
          clientSecret: e.ATLAS_CLIENT_SECRET!,
        }
      : { kind: 'simulator' },
    simulator: {
      port: e.SIMULATOR_PORT,
      ticketingDelayMs: e.SIMULATOR_TICKETING_DELAY_MS,
      checkoutDir: e.CHECKOUT_DIR ?? null,
    },
    atlasTimeoutMs: e.ATLAS_TIMEOUT_MS,
    atlasPayTimeoutMs: e.ATLAS_PAY_TIMEOUT_MS,
    atlasQueryRetries: e.ATLAS_QUERY_RETRIES,
    safety: {
      store:
        e.STORE === 'redis'
          ? { kind: 'redis', url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX }
          : { kind: 'memory' },
      ledger: e.DATABASE_URL
        ? { kind: 'postgres', url: e.DATABASE_URL }
        : { kind: 'embedded', dataDir: join(e.DATA_DIR, 'ledger') },
      hashKey: e.IDEMPOTENCY_HASH_KEY ?? null,
      hashKeyFile: e.DATABASE_URL ? null : join(e.DATA_DIR, 'hash-key'),
      lockTtlMs: e.PAY_LOCK_TTL_MS,
      recordTtlMs: e.IDEMPOTENCY_TTL_SECONDS * 1000,
      settleMs: e.PAYMENT_SETTLE_MS,
    },
    ticketing: {
      schedule: {
        intervalsMs: e.TICKETING_POLL_INTERVALS_MS,
        jitter: e.TICKETING_POLL_JITTER,
        staleAfterMs: e.TICKETING_STALE_AFTER_MS,
      },
      maxConcurrentPolls: e.TICKETING_MAX_CONCURRENT_POLLS,
      webhookSecret: e.WEBHOOK_SECRET ?? null,
      webhookPublicUrl: e.WEBHOOK_PUBLIC_URL ?? null,
    },
    partners: {
      file: e.PARTNERS_FILE ? { path: e.PARTNERS_FILE, reloadMs: e.PARTNERS_RELOAD_MS } : null,
      demoFile: join(e.DATA_DIR, 'demo-partners.json'),
      jwt:
        e.AUTH_JWKS_URL && e.AUTH_ISSUER && e.AUTH_AUDIENCE
          ? { jwksUrl: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE }
          : null,
      defaults: {
        requestsPerSecond: e.RATE_LIMIT_REQUESTS_PER_SECOND,
        paymentsPerMinute: e.RATE_LIMIT_PAYMENTS_PER_MINUTE,
        paymentAttemptsPerOrderPerHour: e.RATE_LIMIT_PAYMENT_ATTEMPTS_PER_ORDER_PER_HOUR,
      },
    },
    shutdown: { drainMs: e.SHUTDOWN_DRAIN_MS, timeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT
      ? {
          endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
          serviceName: e.OTEL_SERVICE_NAME,
          batchDelayMs: e.OTEL_BSP_SCHEDULE_DELAY,
        }
      : null,
    graphql: {
      production,
      introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : !production,
      hideSuggestions: production,
      maxAtlasCallsPerOperation: e.MAX_ATLAS_CALLS_PER_OPERATION,
      corsOrigins: e.CORS_ORIGINS,
    },
  };
}

/** Credentials of the embedded simulator; they only ever unlock the local simulator. */
export const SIMULATOR_CREDENTIALS = {
  clientId: 'simulator-client',
  clientSecret: 'simulator-secret',
} as const;

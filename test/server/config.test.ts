import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('runs on the embedded simulator on port 4000 when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 4000);
    assert.equal(config.atlas.kind, 'simulator');
  });

  it('points at a real Atlas when ATLAS_BASE_URL and credentials are set', () => {
    const config = loadConfig({
      ATLAS_BASE_URL: 'https://sandbox.example/',
      ATLAS_CLIENT_ID: 'id',
      ATLAS_CLIENT_SECRET: 's',
      ATLAS_TIMEOUT_MS: '5000',
      PARTNERS_FILE: '/etc/atlas-gateway/partners.json',
    });
    assert.deepEqual(config.atlas, {
      kind: 'remote',
      baseUrl: 'https://sandbox.example/',
      clientId: 'id',
      clientSecret: 's',
    });
    assert.equal(config.atlasTimeoutMs, 5000);
  });

  it('refuses a real Atlas without a partners file, since anyone could pay from the deposit', () => {
    assert.throws(
      () =>
        loadConfig({
          ATLAS_BASE_URL: 'https://sandbox.example/',
          ATLAS_CLIENT_ID: 'id',
          ATLAS_CLIENT_SECRET: 's',
        }),
      /PARTNERS_FILE: is required with a real Atlas/,
    );
  });

  it('listens on loopback unless HOST says otherwise', () => {
    assert.equal(loadConfig({}).host, '127.0.0.1');
    assert.equal(loadConfig({ HOST: '0.0.0.0' }).host, '0.0.0.0');
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    assert.equal(loadConfig({}).graphql.introspection, true);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).graphql.introspection, false);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).graphql.hideSuggestions, true);
    assert.equal(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection,
      true,
    );
  });

  it('reads CORS origins and refuses anything that is not an origin', () => {
    assert.deepEqual(
      loadConfig({ CORS_ORIGINS: 'https://shop.example.com, http://localhost:5173' }).graphql
        .corsOrigins,
      ['https://shop.example.com', 'http://localhost:5173'],
    );
    assert.throws(() => loadConfig({ CORS_ORIGINS: '*' }), /CORS_ORIGINS: must be origins/);
    assert.throws(
      () => loadConfig({ CORS_ORIGINS: 'https://shop.example.com/path' }),
      /CORS_ORIGINS: must be origins/,
    );
  });

  it('needs the three JWT settings together', () => {
    assert.throws(
      () => loadConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks.json' }),
      /AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE go together/,
    );
  });

  it('refuses a shutdown timeout that could cut a payment on the wire', () => {
    assert.throws(
      () => loadConfig({ SHUTDOWN_TIMEOUT_MS: '30000' }),
      /SHUTDOWN_TIMEOUT_MS: must be at least 70000 ms/,
    );
    assert.deepEqual(loadConfig({}).shutdown, { drainMs: 5000, timeoutMs: 90000 });
  });

  it('turns tracing on only with OTEL_EXPORTER_OTLP_ENDPOINT, and metrics move with METRICS_PORT', () => {
    assert.equal(loadConfig({}).tracing, null);
    assert.deepEqual(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing, {
      endpoint: 'http://collector:4318',
      serviceName: 'atlas-gateway',
      batchDelayMs: 5000,
    });
    assert.equal(loadConfig({}).metricsPort, null);
    assert.equal(loadConfig({ METRICS_PORT: '9464' }).metricsPort, 9464);
  });

  it('reports every problem at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', ATLAS_BASE_URL: 'ftp://x', ATLAS_TIMEOUT_MS: '5' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        ['PORT', 'ATLAS_BASE_URL', 'ATLAS_TIMEOUT_MS'].every((name) =>
          error.problems.some((p) => p.startsWith(`${name}:`)),
        ),
    );
  });

  it('requires credentials with ATLAS_BASE_URL', () => {
    assert.throws(
      () => loadConfig({ ATLAS_BASE_URL: 'https://sandbox.example/' }),
      /ATLAS_CLIENT_SECRET are required/,
    );
  });

  it('keeps locks in memory and the ledger embedded in ./data by default', () => {
    const { safety } = loadConfig({});
    assert.deepEqual(safety.store, { kind: 'memory' });
    assert.deepEqual(safety.ledger, { kind: 'embedded', dataDir: join('./data', 'ledger') });
    assert.equal(safety.hashKeyFile, join('./data', 'hash-key'));
    assert.equal(safety.recordTtlMs, 86_400_000);
    assert.equal(safety.lockTtlMs, 120_000);
    assert.equal(safety.settleMs, 120_000);
  });

  it('refuses STORE=redis without DATABASE_URL, saying replicas must share one ledger', () => {
    assert.throws(
      () => loadConfig({ STORE: 'redis', IDEMPOTENCY_HASH_KEY: 'k'.repeat(32) }),
      /DATABASE_URL: is required with STORE=redis: replicas must share one payment ledger/,
    );
  });

  it('shares locks through Redis and the ledger through PostgreSQL, which need a hash key', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'postgres://db.internal/atlas' }),
      /IDEMPOTENCY_HASH_KEY: is required/,
    );
    const { safety } = loadConfig({
      STORE: 'redis',
      REDIS_URL: 'redis://cache.internal:6380/2',
      DATABASE_URL: 'postgres://db.internal/atlas',
      IDEMPOTENCY_HASH_KEY: 'k'.repeat(32),
    });
    assert.deepEqual(safety.store, {
      kind: 'redis',
      url: 'redis://cache.internal:6380/2',
      keyPrefix: 'atlas-gateway:',
    });
    assert.deepEqual(safety.ledger, { kind: 'postgres', url: 'postgres://db.internal/atlas' });
  });

  it('refuses a settle window shorter than twice the pay.do timeout', () => {
    assert.throws(
      () => loadConfig({ ATLAS_PAY_TIMEOUT_MS: '30000', PAYMENT_SETTLE_MS: '59999' }),
      /PAYMENT_SETTLE_MS: must be at least twice ATLAS_PAY_TIMEOUT_MS \(60000 ms\)/,
    );
    assert.equal(loadConfig({ PAYMENT_SETTLE_MS: '60000' }).safety.settleMs, 60_000);
  });

  it('keeps idempotency records at least 24 hours', () => {
    assert.throws(() => loadConfig({ IDEMPOTENCY_TTL_SECONDS: '3600' }), /IDEMPOTENCY_TTL_SECONDS/);
    assert.equal(loadConfig({ IDEMPOTENCY_TTL_SECONDS: '172800' }).safety.recordTtlMs, 172_800_000);
  });

  it('refuses a payment lock that could expire while a payment still runs', () => {
    assert.throws(
      () => loadConfig({ ATLAS_PAY_TIMEOUT_MS: '30000', PAY_LOCK_TTL_MS: '30000' }),
      /PAY_LOCK_TTL_MS: must exceed the longest payment \(60000 ms/,
    );
  });
});

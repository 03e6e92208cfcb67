import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { PARTNER_A, TestPartner } from './partners';

export interface Received<T> {
  data: T[];
  errors: { message: string; extensions?: Record<string, unknown>; closeCode?: number }[];
  /** Resolves when the server completes the stream (or the client fails). */
  done: Promise<void>;
  /** Resolves once `count` items have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** `done`, failing the test instead of hanging when the stream never ends. */
  ended(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * An unmodified graphql-ws client over `ws`, as a partner would use it, sending the partner's key
 * in `connection_init` (none when `partner` is null).
 */
export function subscribeOverWs<T>(
  wsUrl: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  partner: TestPartner | null = PARTNER_A,
): Received<T> {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: partner ? { authorization: `Bearer ${partner.key}` } : {},
  });
  const data: T[] = [];
  const errors: Received<T>['errors'] = [];
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve) => {
    unsubscribe = client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next(result) {
          if (result.errors) errors.push(...(result.errors as Received<T>['errors']));
          if (result.data) data.push(result.data[field]!);
          notify();
        },
        error(error) {
          // An operation the server refused: graphql-ws hands over its GraphQL errors.
          if (Array.isArray(error)) {
            errors.push(...(error as Received<T>['errors']));
            notify();
            resolve();
            return;
          }
          const closed = error as { code?: number; reason?: string; message?: string };
          errors.push({
            message: String(closed.message ?? closed.reason ?? error),
            ...(typeof closed.code === 'number' ? { closeCode: closed.code } : {}),
          });
          notify();
          resolve();
        },
        complete() {
          notify();
          resolve();
        },
      },
    );
  });
  return {
    data,
    errors,
    done,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (data.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`waited for ${count} updates, got ${JSON.stringify(data)}`);
        }
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 50);
        });
      }
      return data;
    },
    async ended(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const overdue = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the stream did not end; got ${JSON.stringify(data)}`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([done, overdue]);
      } finally {
        clearTimeout(timer);
      }
    },
    async stop() {
      unsubscribe();
      await client.dispose();
    },
  };
}

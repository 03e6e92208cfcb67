import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received<T> {
  data: T[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  /** Resolves when the server completes the stream (or the client fails). */
  done: Promise<void>;
  /** Resolves once `count` items have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  stop(): Promise<void>;
}

/** An unmodified graphql-ws client over `ws`, as a partner would use it. */
export function subscribeOverWs<T>(
  wsUrl: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
): Received<T> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
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
          errors.push({ message: String((error as Error).message ?? error) });
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
    async stop() {
      unsubscribe();
      await client.dispose();
    },
  };
}

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_INTERVAL_MS = 10;

/** The simulator's control API (`/_sim/…`), for a Stack's simulator or one a test runs itself. */
export function simControl(simUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(new URL(path, simUrl), {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
    }
    return (response.status === 204 ? null : await response.json()) as T;
  }
  return {
    call,
    arm: (fault: Record<string, unknown>) => call('POST', '/_sim/faults', fault),
    release: () => call<{ released: number }>('POST', '/_sim/faults/release'),
    held: async () => (await call<{ held: number }>('GET', '/_sim/faults/held')).held,
    orderStatus: async (orderNo: string) =>
      (await call<{ orderStatus: string }>('GET', `/_sim/orders/${orderNo}`)).orderStatus,
  };
}

/** Polls a condition until it holds, failing after `timeoutMs`: waits on state, never on time. */
export async function until(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < giveUpAt, `gave up waiting: ${what}`);
    await sleep(POLL_INTERVAL_MS);
  }
}

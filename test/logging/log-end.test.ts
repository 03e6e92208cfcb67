import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';
import { until } from '../support/sim-control';

describe('ending the log before exit', () => {
  // pino's exit hook writes what is left synchronously and, on a broken pipe, retries for ever.
  it('lets the process exit when whoever read its stdout has gone', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/logging/log-end.child.ts'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      const exited = once(child, 'exit');
      for await (const line of createInterface({ input: child.stdout })) {
        if (line.includes('"msg":"ready"')) break;
      }
      child.stdout.destroy();
      child.stdin.write('go\n');
      await until('the process exits', () => child.exitCode !== null, 30_000);
      const [code] = await exited;
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

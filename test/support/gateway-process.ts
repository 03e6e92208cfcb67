import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { partnersFileText } from './partners';

export interface GatewayProcess {
  url: string;
  process: ChildProcess;
  /** Every line it has logged since the one saying it listens. */
  lines: string[];
  /** SIGTERM, then waits for the exit; nothing to do when it already died. */
  close(): Promise<void>;
}

/**
 * `npm start`'s entry as a real process against a simulator the test runs, so that killing it
 * loses everything it held in memory. Ready when it logs its URL: no guess at start-up time. Its
 * partners are the default test partners, from a PARTNERS_FILE of its own.
 */
export async function spawnGatewayProcess(
  simUrl: string,
  env: Record<string, string>,
): Promise<GatewayProcess> {
  const partnersDir = await mkdtemp(join(tmpdir(), 'atlas-partners-'));
  const partnersFile = join(partnersDir, 'partners.json');
  await writeFile(partnersFile, partnersFileText());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ATLAS_BASE_URL: simUrl,
      ATLAS_CLIENT_ID: SIMULATOR_CREDENTIALS.clientId,
      ATLAS_CLIENT_SECRET: SIMULATOR_CREDENTIALS.clientSecret,
      ATLAS_TIMEOUT_MS: '300',
      ATLAS_PAY_TIMEOUT_MS: '1000',
      ATLAS_QUERY_RETRIES: '0',
      PARTNERS_FILE: partnersFile,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let url: string | null = null;
  for await (const line of lines) {
    const match = /"url":"([^"]+)".*gateway listening/.exec(line);
    if (match) {
      url = match[1]!;
      break;
    }
  }
  const logged: string[] = [];
  lines.on('line', (line) => logged.push(line));
  child.once('exit', () => void rm(partnersDir, { recursive: true, force: true }));
  if (!url) throw new Error('gateway process exited before listening');
  return {
    url,
    process: child,
    lines: logged,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Kills with SIGKILL, as a crash or the OOM killer would, and waits until it is gone. */
export async function killGatewayProcess(gateway: GatewayProcess): Promise<void> {
  const exited = once(gateway.process, 'exit');
  gateway.process.kill('SIGKILL');
  await exited;
}

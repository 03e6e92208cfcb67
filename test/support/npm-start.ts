import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface NpmStart {
  child: ChildProcess;
  /** The /graphql URL it printed. */
  url: string;
  simUrl: string;
  /** The reference checkout's URL; null when it said /checkout is off. */
  checkoutUrl: string | null;
  /** demo-web and demo-backoffice's keys, as printed. */
  keys: Map<string, string>;
  seeded: string[];
  close(): Promise<void>;
}

/**
 * `npm start`'s own launcher (scripts/start.cjs: compiled gateway, built checkout) on the embedded
 * simulator, in a data folder of the test's. Ready when it has printed its start-up list: no guess
 * at how long starting takes.
 */
export async function startLikeNpmStart(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<NpmStart> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    SIMULATOR_PORT: '0',
    ...env,
  };
  for (const name of ['PARTNERS_FILE', 'ATLAS_BASE_URL', 'DATABASE_URL', 'STORE', 'NODE_ENV']) {
    delete childEnv[name];
  }
  const child = spawn(process.execPath, ['scripts/start.cjs'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = {
    child,
    keys: new Map<string, string>(),
    seeded: [] as string[],
  } as Partial<NpmStart> & { keys: Map<string, string>; seeded: string[] };
  started.checkoutUrl = null;
  for await (const line of createInterface({ input: child.stdout! })) {
    const listening = /"url":"([^"]+)","atlas":"simulator at ([^"]+)"/.exec(line);
    if (listening) [started.url, started.simUrl] = [listening[1]!, listening[2]!];
    const checkout = /^Reference checkout: (\S+)$/.exec(line);
    if (checkout) started.checkoutUrl = checkout[1]!;
    const seed = /^ {2}(TEST[A-Z]\d+) {2}/.exec(line);
    if (seed) started.seeded.push(seed[1]!);
    const key = /^ {2}(demo-[a-z]+) +(atk_\S+)$/.exec(line);
    if (key) started.keys.set(key[1]!, key[2]!);
    if (started.keys.size === 2) break;
  }
  // Keep draining its log lines, so a full pipe never stalls it.
  child.stdout!.resume();
  if (!started.url || !started.simUrl) throw new Error('npm start exited before listening');
  return {
    ...(started as Omit<NpmStart, 'close'>),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

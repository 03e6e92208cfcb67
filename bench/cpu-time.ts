/**
 * CPU time of the bench's other processes (user + system, all threads), read from Linux's /proc,
 * so a run can say which process spends what per request on the cores they all share. Elsewhere
 * every reading is null and the bench leaves those columns empty.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * `[name, cpu ms]` of a process, or null once it is gone (or without /proc). The time includes the
 * children it has reaped, so a PostgreSQL backend that exits is still counted, in the server's.
 */
function readStat(pid: number | string): [string, number] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces; the fields after it are fixed.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // utime, stime, cutime, cstime.
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return [name, (ticks * 1000) / TICKS_PER_SECOND];
  } catch {
    return null;
  }
}

/** The CPU a process has used so far, in ms; null without /proc. */
export function processCpuMs(pid: number): number | null {
  return readStat(pid)?.[1] ?? null;
}

/**
 * The CPU every PostgreSQL process on the machine has used so far (server, WAL writer,
 * checkpointer and each connection's backend), in ms; null without /proc.
 */
export function postgresCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat && stat[0] === 'postgres') total += stat[1];
  }
  return total;
}

/** How busy a process has been: its event loop (active and idle time) and its CPU, all threads. */
export interface ProcessUsage {
  activeMs: number;
  idleMs: number;
  cpuMs: number;
}

export function processUsage(): ProcessUsage {
  const loop = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  return { activeMs: loop.active, idleMs: loop.idle, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Between two readings: the share of wall time the event loop was busy, and the CPU it used. */
export function usageBetween(before: ProcessUsage, after: ProcessUsage) {
  const active = after.activeMs - before.activeMs;
  const idle = after.idleMs - before.idleMs;
  return { loopBusy: active / Math.max(1, active + idle), cpuMs: after.cpuMs - before.cpuMs };
}

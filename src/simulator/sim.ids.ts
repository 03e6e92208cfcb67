/**
 * Deterministic identifiers in the shapes Atlas uses (README "Observed shapes"): order numbers are
 * TEST + a letter + a yyyyMMddHHmmssSSS timestamp, PNRs six upper-case alphanumerics.
 */
export interface SimIds {
  orderNo(now: number): string;
  pnr(): string;
  ticketNo(): string;
}

export function createSimIds(): SimIds {
  let sequence = 0;
  const issued = new Set<string>();
  return {
    orderNo(now) {
      let instant = now;
      for (;;) {
        const stamp = new Date(instant + 8 * 3600_000)
          .toISOString()
          .replace(/\D/g, '')
          .slice(0, 17);
        const candidate = `TEST${String.fromCharCode(65 + (sequence % 26))}${stamp}`;
        sequence += 1;
        if (!issued.has(candidate)) {
          issued.add(candidate);
          return candidate;
        }
        instant += 1;
      }
    },
    pnr() {
      sequence += 1;
      return (sequence * 7919 + 1_000_000_000).toString(36).toUpperCase().slice(-6);
    },
    ticketNo() {
      sequence += 1;
      return `203${String(sequence).padStart(10, '0')}`;
    },
  };
}

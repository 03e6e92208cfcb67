/**
 * Atlas sends deadlines as Singapore wall-clock text (`yyyy-MM-dd HH:mm:ss`, GMT+8, no DST),
 * so the conversion is a fixed offset.
 */
const SGT_OFFSET_MS = 8 * 60 * 60 * 1000;
const SGT_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function parseSgt(text: string): Date | null {
  const match = SGT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - SGT_OFFSET_MS;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatSgt(date: Date): string {
  const shifted = new Date(date.getTime() + SGT_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

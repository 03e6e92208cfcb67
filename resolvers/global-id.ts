/** The object types node(id) can fetch. */
export type NodeKind = 'Order' | 'PaymentAttempt';

const KINDS: ReadonlySet<string> = new Set<NodeKind>(['Order', 'PaymentAttempt']);

/**
 * Relay-style global ids: the type and its key, base64url-encoded, so that a client treats them
 * as opaque and a cache can key every object by id alone.
 */
export function toGlobalId(kind: NodeKind, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** null for anything this graph did not hand out. */
export function fromGlobalId(id: string): { kind: NodeKind; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (colon < 0 || !KINDS.has(kind) || key === '') return null;
  return { kind: kind as NodeKind, key };
}

/** A payment attempt is found through its order, whose owner decides who may see it. */
export function paymentAttemptKey(orderNo: string, attemptId: string): string {
  return `${orderNo}:${attemptId}`;
}

export function parsePaymentAttemptKey(key: string): { orderNo: string; attemptId: string } | null {
  const [orderNo, attemptId, ...rest] = key.split(':');
  if (!orderNo || !attemptId || rest.length > 0) return null;
  return { orderNo, attemptId };
}

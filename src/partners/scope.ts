/** What a partner may do. `orders:any` widens whose orders, never what may be done with them. */
export const SCOPES = ['orders:read', 'payments:write', 'bookings:write', 'orders:any'] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

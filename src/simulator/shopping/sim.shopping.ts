import { randomBytes, randomUUID } from 'node:crypto';
import { SimClock } from '../sim.clock';
import { SimPaxPrices } from '../sim.model';
import { SimFare } from './sim.fares';

/** search-verify.md and README "Identifiers and their lifetimes". */
export const ROUTING_LIFETIME_MS = 6 * 3600_000;
export const SESSION_LIFETIME_MS = 2 * 3600_000;

export interface SimPaxCounts {
  adults: number;
  children: number;
  infants: number;
}

/** What one search.do result stands for; its id is the opaque `routingIdentifier`. */
export interface SimRouting {
  id: string;
  fare: SimFare;
  fromDate: string;
  /** Set for return trips. */
  retDate: string | null;
  pax: SimPaxCounts;
  issuedAt: number;
}

/** What one successful verify.do issued; its id is the `sessionId` order.do needs. */
export interface SimSession {
  id: string;
  routing: SimRouting;
  prices: SimPaxPrices;
  issuedAt: number;
}

export type Lookup<T> = { kind: 'live'; value: T } | { kind: 'unknown' } | { kind: 'expired' };

/** The identifiers shopping hands out, each judged by the simulator's clock. */
export interface SimShopping {
  issueRouting(routing: Omit<SimRouting, 'id' | 'issuedAt'>): SimRouting;
  routing(id: string): Lookup<SimRouting>;
  issueSession(routing: SimRouting, prices: SimPaxPrices): SimSession;
  session(id: string): Lookup<SimSession>;
}

export function createSimShopping(clock: SimClock): SimShopping {
  const routings = new Map<string, SimRouting>();
  const sessions = new Map<string, SimSession>();

  function lookup<T extends { issuedAt: number }>(
    table: Map<string, T>,
    id: string,
    lifetimeMs: number,
  ): Lookup<T> {
    const value = table.get(id);
    if (!value) return { kind: 'unknown' };
    if (clock.now() - value.issuedAt >= lifetimeMs) return { kind: 'expired' };
    return { kind: 'live', value };
  }

  return {
    issueRouting(routing) {
      // Opaque on purpose, like Atlas's: clients must pass it back unchanged.
      const issued = {
        ...routing,
        id: randomBytes(18).toString('base64url'),
        issuedAt: clock.now(),
      };
      routings.set(issued.id, issued);
      return issued;
    },
    routing: (id) => lookup(routings, id, ROUTING_LIFETIME_MS),
    issueSession(routing, prices) {
      const session = { id: randomUUID(), routing, prices, issuedAt: clock.now() };
      sessions.set(session.id, session);
      return session;
    },
    session: (id) => lookup(sessions, id, SESSION_LIFETIME_MS),
  };
}

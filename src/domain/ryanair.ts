/** Ryanair's IATA code: its orders need the traveller's confirmation before pay.do (orders.md §2). */
export const RYANAIR = 'FR';

/** When a ticketing watch is asked for an order Atlas does not know (800/703). */
export class TicketingOrderNotFoundError extends Error {
  constructor(readonly orderNo: string) {
    super(`Atlas does not know order ${orderNo}`);
    this.name = 'TicketingOrderNotFoundError';
  }
}

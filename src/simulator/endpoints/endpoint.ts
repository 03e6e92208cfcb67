/** One simulated Atlas endpoint: takes the parsed JSON body, returns the business answer. */
export interface SimReply {
  body: Record<string, unknown>;
  orderNo: string | null;
}

/** What an endpoint may know about the HTTP request besides its body. */
export interface SimRequestInfo {
  /** The simulator's own base URL as the caller reached it, ending in "/". */
  baseUrl: string;
}

export type SimEndpoint = (body: unknown, request: SimRequestInfo) => Promise<SimReply>;

/** The field's text when it has any, else null: Atlas treats "" and "  " as missing. */
export function textField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** order.do's and regenerateOrder.do's refusal: no order, and with 318 the duplicates. */
export function orderRefused(
  status: number,
  msg: string,
  duplicateOrders: string[] | null = null,
): SimReply {
  return { orderNo: null, body: { status, msg, orderNo: null, duplicateOrders } };
}

/** One simulated Atlas endpoint: takes the parsed JSON body, returns the business answer. */
export interface SimReply {
  body: Record<string, unknown>;
  orderNo: string | null;
}

export type SimEndpoint = (body: unknown) => Promise<SimReply>;

/** The field's text when it has any, else null: Atlas treats "" and "  " as missing. */
export function textField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

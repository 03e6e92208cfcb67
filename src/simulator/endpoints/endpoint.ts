/** One simulated Atlas endpoint: takes the parsed JSON body, returns the business answer. */
export interface SimReply {
  body: Record<string, unknown>;
  orderNo: string | null;
}

export type SimEndpoint = (body: unknown) => Promise<SimReply>;

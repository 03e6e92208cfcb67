export interface TransportRequest {
  endpoint: string;
  headers: Readonly<Record<string, string>>;
  body: unknown;
  timeoutMs: number;
}

export interface TransportResponse {
  httpStatus: number;
  bodyText: string;
  requestId: string | null;
}

/** The one seam between the Atlas client and the network; tests and alternatives plug in here. */
export interface AtlasTransport {
  post(request: TransportRequest): Promise<TransportResponse>;
}

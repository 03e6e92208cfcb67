/**
 * When no usable HTTP answer arrived: timeout, connection failure, non-200, or unreadable body.
 * `unreachable` is the one kind that proves the request never left: no connection was made.
 */
export class AtlasTransportError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'timeout' | 'connection' | 'http' | 'unparseable',
    readonly endpoint: string,
    detail: string,
    readonly httpStatus: number | null = null,
  ) {
    super(`Atlas ${endpoint}: ${kind} (${detail})`);
    this.name = 'AtlasTransportError';
  }
}

/** When Atlas refuses our credentials or account (status 900/902, HTTP 401/403). */
export class AtlasAccessError extends Error {
  constructor(
    readonly endpoint: string,
    readonly atlasStatus: number | null,
  ) {
    super(`Atlas ${endpoint}: credentials or account refused (status ${atlasStatus ?? 'HTTP'})`);
    this.name = 'AtlasAccessError';
  }
}

/** When Atlas answers with a status this endpoint never documents. */
export class AtlasUnexpectedStatusError extends Error {
  constructor(
    readonly endpoint: string,
    readonly atlasStatus: number,
    readonly atlasMessage: string | null,
  ) {
    super(`Atlas ${endpoint}: unexpected status ${atlasStatus}`);
    this.name = 'AtlasUnexpectedStatusError';
  }
}

import { SIMULATOR_CREDENTIALS } from '../../src/config';

/** A bare Atlas caller for testing the simulator against the documented contract. */
export async function atlasPost(
  baseUrl: string,
  endpoint: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ httpStatus: number; json: Record<string, unknown>; contentEncoding: string | null }> {
  const response = await fetch(new URL(endpoint, baseUrl), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Encoding': 'gzip',
      'x-atlas-client-id': SIMULATOR_CREDENTIALS.clientId,
      'x-atlas-client-secret': SIMULATOR_CREDENTIALS.clientSecret,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    httpStatus: response.status,
    json: (await response.json()) as Record<string, unknown>,
    contentEncoding: response.headers.get('content-encoding'),
  };
}

import { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import getRawBody from 'raw-body';

/** The largest GraphQL request body, decoded: far above any operation graphql-armor lets run. */
const MAX_BODY_BYTES = 100 * 1024;

export type RequestBody =
  | { kind: 'parsed'; body: unknown }
  /** 400: not JSON; 413: too large; 415: an encoding or charset not understood. */
  | { kind: 'refused'; status: 400 | 413 | 415; message: string };

const DECODERS: Record<string, (() => Transform) | undefined> = {
  gzip: createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

function hasBody(req: IncomingMessage): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0
  );
}

function isJson(req: IncomingMessage): { json: boolean; charset: string | null } {
  const [type = '', ...parameters] = (req.headers['content-type'] ?? '').split(';');
  const charset = parameters
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return { json: type.trim().toLowerCase() === 'application/json', charset: charset ?? null };
}

/**
 * A JSON body as Express's json parser read it: only for `application/json` (anything else is
 * left for Apollo's CSRF and content-type checks, as `undefined`), UTF-8 only, gzip, deflate or
 * br decoded, at most MAX_BODY_BYTES once decoded. Never quoted back to the caller.
 */
export async function readJsonBody(req: IncomingMessage): Promise<RequestBody> {
  const { json, charset } = isJson(req);
  if (!json || !hasBody(req)) {
    req.resume();
    return { kind: 'parsed', body: undefined };
  }
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    req.resume();
    return { kind: 'refused', status: 415, message: 'Request body must be UTF-8.' };
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const decoder = DECODERS[encoding];
  if (!decoder && encoding !== 'identity') {
    req.resume();
    return { kind: 'refused', status: 415, message: 'Request body encoding is not supported.' };
  }
  let text: string;
  try {
    const stream = decoder ? req.pipe(decoder()) : req;
    text = await getRawBody(stream, {
      limit: MAX_BODY_BYTES,
      encoding: 'utf8',
      // Only a body sent as is has a length known before reading.
      ...(decoder ? {} : { length: req.headers['content-length'] }),
    });
  } catch (error) {
    req.resume();
    const tooLarge = (error as { type?: string }).type === 'entity.too.large';
    return tooLarge
      ? { kind: 'refused', status: 413, message: 'Request body is too large.' }
      : { kind: 'refused', status: 400, message: 'Request body is not valid JSON.' };
  }
  try {
    return { kind: 'parsed', body: JSON.parse(text) };
  } catch {
    return { kind: 'refused', status: 400, message: 'Request body is not valid JSON.' };
  }
}

import { ServerResponse } from 'node:http';

/** A whole request refused before GraphQL runs, answered in GraphQL's own error shape. */
export function refuse(
  res: ServerResponse,
  requestId: string,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  sendJson(res, status, { errors: [{ message, extensions: { ...extensions, requestId } }] });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

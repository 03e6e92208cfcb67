import { Response } from 'express';

/** A whole request refused before GraphQL runs, answered in GraphQL's own error shape. */
export function refuse(
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  res.status(status).json({
    errors: [{ message, extensions: { ...extensions, requestId: res.locals.requestId } }],
  });
}

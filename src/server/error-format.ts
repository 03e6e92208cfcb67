import { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from '../../resolvers/errors';
import { scrubSensitive } from './sensitive-text';

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

/** Client mistakes keep their stable code (minus any echoed value); everything else is masked. */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isClientError(code)) {
    const field = formatted.extensions?.field;
    return {
      message: scrubSensitive(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

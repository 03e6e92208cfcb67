import { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES } from '../../resolvers/errors';
import { scrubSensitive } from './sensitive-text';

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

/** Extensions a client may rely on besides the code; none of them echoes input. */
const KEPT_EXTENSIONS = [
  'field',
  'retryAfterSeconds',
  'missingScopes',
  'limit',
  'websocketUrl',
] as const;

/** Client mistakes keep their stable code (minus any echoed value); everything else is masked. */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isClientError(code)) {
    const kept = Object.fromEntries(
      KEPT_EXTENSIONS.filter((name) => formatted.extensions?.[name] !== undefined).map((name) => [
        name,
        formatted.extensions![name],
      ]),
    );
    return {
      message: scrubSensitive(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...kept },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

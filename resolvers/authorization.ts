import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { Scope } from '../src/partners/scope';
import { GatewayContext } from '../src/server/context';

/** When the caller's credential lacks a scope the field needs. */
export function forbidden(missing: readonly string[]): GraphQLError {
  return new GraphQLError(`This credential lacks the scope ${missing.join(', ')}.`, {
    extensions: { code: 'FORBIDDEN', missingScopes: [...missing] },
  });
}

export function requireScopes(context: GatewayContext, scopes: readonly Scope[]): void {
  const missing = scopes.filter((scope) => !context.caller.scopes.has(scope));
  if (missing.length > 0) throw forbidden(missing);
}

/** `@Authorized('orders:read')` on a field: every listed scope is needed. */
export const scopeChecker: AuthChecker<GatewayContext, Scope> = ({ context }, scopes) => {
  requireScopes(context, scopes);
  return true;
};

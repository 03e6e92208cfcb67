import { GraphQLSchema } from 'graphql';
import { buildSchemaSync, PubSub } from 'type-graphql';
import { RESOLVERS } from '../../resolvers';
import { scopeChecker } from '../../resolvers/authorization';

/** type-graphql has no place for these, so they are set on the built root types. */
const ROOT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Query:
    'Reads: orders (fresh from Atlas), any object by global id, guidance, and booking search and pricing.',
  Mutation:
    'Changes: book, pay, confirm (Ryanair) and regenerate. Each answers a result union; expected failures are data, not errors.',
  Subscription: 'Live ticketing of an order, over graphql-ws.',
};

/** The graph, built from the code; `npm run schema:emit` writes it to schema.graphql. */
export function buildGatewaySchema(pubSub: PubSub): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    validate: false,
    pubSub,
    authChecker: scopeChecker,
    authMode: 'error',
  });
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name] ?? null;
  }
  return schema;
}

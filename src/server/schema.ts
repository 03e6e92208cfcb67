import { GraphQLSchema } from 'graphql';
import { buildSchemaSync, PubSub } from 'type-graphql';
import { RESOLVERS } from '../../resolvers';
import { scopeChecker } from '../../resolvers/authorization';

/** The graph, built from the code; `npm run schema:emit` writes it to schema.graphql. */
export function buildGatewaySchema(pubSub: PubSub): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS,
    validate: false,
    pubSub,
    authChecker: scopeChecker,
    authMode: 'error',
  });
}

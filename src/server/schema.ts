import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { RESOLVERS } from '../../resolvers';

/** The graph, built from the code; `npm run schema:emit` writes it to schema.graphql. */
export function buildGatewaySchema(): GraphQLSchema {
  return buildSchemaSync({ resolvers: RESOLVERS, validate: false });
}

import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  Kind,
} from 'graphql';
import { operationCost } from './atlas-cost';

/**
 * graphql-armor's limits, and the token limit graphql-js enforces while parsing; the Atlas-call
 * limit is ours, since only we know which fields cost.
 */
export const ARMOR_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxCost: 5_000,
} as const;

export interface OperationLimitSettings {
  maxAtlasCallsPerOperation: number;
  /** Removes "Did you mean …" from errors, which otherwise spell out the schema. */
  hideSuggestions: boolean;
}

/** graphql-armor for Apollo Server: its plugins and validation rules. */
export function armorProtection(settings: OperationLimitSettings) {
  return new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    // Apollo's own parseOptions.maxTokens instead: armor's plugin answers a long document with 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: settings.hideSuggestions },
  }).protect();
}

const SUGGESTION = /\s*Did you mean .+\?/g;

/** The same masking graphql-armor applies over HTTP, for messages that reach WebSocket clients. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Refuses, before anything runs, an operation that could make more Atlas calls than allowed or
 * that holds more than one payment. Needs variables, so it runs once the operation is resolved.
 */
export function operationLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxAtlasCalls: number,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const cost = operationCost(schema, operation, fragments, variables ?? {});
  if (cost.paymentFields > 1) {
    return new GraphQLError(
      `An operation may make one payment; this one holds ${cost.paymentFields} payOrder fields. Send one payOrder per request.`,
      { extensions: { code: 'ONE_PAYMENT_PER_OPERATION' } },
    );
  }
  if (cost.atlasCalls > maxAtlasCalls) {
    return new GraphQLError(
      `This operation could make up to ${cost.atlasCalls} Atlas calls; at most ${maxAtlasCalls} are allowed per operation. Split it into smaller ones.`,
      { extensions: { code: 'ATLAS_CALL_LIMIT_EXCEEDED', limit: maxAtlasCalls } },
    );
  }
  return null;
}

/** The Atlas-call limit for Apollo Server: refused with 400 before the first resolver runs. */
export function atlasCostPlugin(maxAtlasCalls: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const error = operationLimitError(
            schema,
            document,
            operationName,
            request.variables,
            maxAtlasCalls,
          );
          if (error) {
            throw new GraphQLError(error.message, {
              extensions: { ...error.extensions, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

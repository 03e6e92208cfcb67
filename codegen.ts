import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * What apps import (client/generated/): possibleTypes for Apollo Client's cache, and typed
 * documents for the operations in client/operations/. `npm test` fails when they drift from
 * schema.graphql.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'client/operations/*.graphql',
  generates: {
    'client/generated/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
    'client/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'client/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          Decimal: 'string',
          SafeInt: 'number',
        },
      },
    },
  },
};

// eslint-disable-next-line no-restricted-syntax -- GraphQL Code Generator reads the default export.
export default config;

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { decimalText } from '../../src/domain/money-decimal';

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new GraphQLError(
      'A Decimal is a string of digits with an optional fraction, e.g. "129.90".',
    );
  }
  return value;
}

/** Exact decimal amounts as text: money never passes through a binary float in the graph. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1299.5" (no exponent, no grouping). Parse it with a decimal library, never into a float.',
  serialize: (value) => (typeof value === 'number' ? decimalText(value) : parseDecimal(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A Decimal is given as a string.');
    return parseDecimal(ast.value);
  },
});

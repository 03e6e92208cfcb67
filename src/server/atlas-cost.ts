import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLSchema,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { MAX_ORDERS_PER_CALL } from '../orders/order.loader';

type Cost = (field: FieldNode, variables: Record<string, unknown>) => number;

function keysOf(field: FieldNode, variables: Record<string, unknown>): number {
  const argument = field.arguments?.find((arg) => arg.name.value === 'orderNos')?.value;
  const count = (value: ValueNode | undefined): number => {
    if (!value) return 0;
    if (value.kind === Kind.LIST) return value.values.length;
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      if (Array.isArray(given)) return given.length;
      return given === undefined || given === null ? 0 : 1;
    }
    return 1; // a single value is coerced to a list of one
  };
  return Math.min(count(argument), MAX_ORDERS_PER_CALL + 1);
}

/**
 * The Atlas calls a field may make at worst. A payment reads the order, pays, and PaymentAccepted
 * reads it again; recovery mutations read, then act. Order.payments reads the ledger, not Atlas.
 */
const ATLAS_CALLS: Readonly<Record<string, Cost>> = {
  'Query.order': () => 1,
  'Query.node': () => 1,
  'Query.orders': keysOf,
  'Order.replacedBy': () => 1,
  'Order.replaces': () => 1,
  'Mutation.payOrder': () => 2,
  'PaymentAccepted.order': () => 1,
  'Mutation.commitOrder': () => 2,
  'Mutation.regenerateOrder': () => 2,
  'Subscription.ticketingStatus': () => 1,
  'Query.searchFlights': () => 1,
  'Query.priceOffer': () => 1,
  'Mutation.createOrder': () => 1,
};

/** Fields whose selections run once per item: an Order field under orders(…) runs per key. */
const FAN_OUT: Readonly<Record<string, Cost>> = {
  'Query.orders': keysOf,
};

/** Fields that may move money: one per operation, so a payment is one decision. */
const PAYMENT_FIELDS = new Set(['Mutation.payOrder']);

export interface OperationCost {
  atlasCalls: number;
  paymentFields: number;
}

/**
 * Walks the operation as it would execute, fragments expanded, counting every occurrence of a
 * field that may call Atlas (aliases included). Runs after validation, so fragments exist and do
 * not cycle.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown>,
): OperationCost {
  const cost: OperationCost = { atlasCalls: 0, paymentFields: 0 };
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number) => {
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const name = selection.name.value;
          const key = `${parent.name}.${name}`;
          cost.atlasCalls += (ATLAS_CALLS[key]?.(selection, variables) ?? 0) * times;
          if (PAYMENT_FIELDS.has(key)) cost.paymentFields += 1;
          const definition =
            isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
          const type = definition && getNamedType(definition.type);
          if (selection.selectionSet && type && isCompositeType(type)) {
            walk(selection.selectionSet, type, times * (FAN_OUT[key]?.(selection, variables) ?? 1));
          }
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          if (type && isCompositeType(type)) walk(selection.selectionSet, type, times);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          if (fragment && type && isCompositeType(type)) walk(fragment.selectionSet, type, times);
          break;
        }
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, 1);
  return cost;
}

import {
  ClassType,
  createUnionType,
  Field,
  getMetadataStorage,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { byTypename } from './discriminant';
import { GuidanceType } from './guidance.type';

/** A field given as data, so a union's own fields are a table like its members. */
export interface FieldSpec {
  type: Parameters<typeof Field>[0] & (() => unknown);
  description: string;
  nullable?: boolean;
}

export interface FailureInterfaceOptions {
  /** The GraphQL interface, e.g. "PaymentFailure". */
  name: string;
  /** The operation it answers, for the descriptions: "payOrder". */
  operation: string;
  /** The Atlas call whose status atlasStatus carries: "pay.do". */
  atlasCall: string;
  /** The operation's failure code enum, registered with type-graphql. */
  codeEnum: object;
  /** What every failure of this operation carries besides the common fields. */
  fields?: Readonly<Record<string, FieldSpec>>;
}

/** What every failure of every operation carries. */
export interface FailureFields<Code extends string> {
  code: Code;
  atlasStatus: number | null;
  message: string;
  atlasMessage: string | null;
  retryable: boolean;
  guidance: GuidanceType;
}

function addFields(target: object, fields: Readonly<Record<string, FieldSpec>>): void {
  for (const [name, spec] of Object.entries(fields)) {
    Field(spec.type, { nullable: spec.nullable ?? false, description: spec.description })(
      target,
      name,
    );
  }
}

/**
 * The interface of one operation's failures: the common fields, worded for that operation, and
 * its own. Members with fields of their own extend the class this returns.
 */
export function failureInterface<Code extends string, Extra extends object = object>(
  options: FailureInterfaceOptions,
): abstract new () => FailureFields<Code> & Extra {
  abstract class Failure {}
  addFields(Failure.prototype, {
    code: {
      type: () => options.codeEnum,
      description: 'Stable code of the failure: switch on it, never on message text.',
    },
    atlasStatus: {
      type: () => Int,
      nullable: true,
      description: `Raw ${options.atlasCall} status; null when the gateway decided without calling it.`,
    },
    message: { type: () => String, description: 'What happened, in the requested locale.' },
    atlasMessage: {
      type: () => String,
      nullable: true,
      description: "Atlas's own text, for display and support only; never branch on it.",
    },
    retryable: {
      type: () => Boolean,
      description: `True when calling ${options.operation} again can succeed once the guidance is followed.`,
    },
    guidance: {
      type: () => GuidanceType,
      description: 'What to do next: text in the requested locale and actions a UI can offer.',
    },
    ...options.fields,
  });
  InterfaceType(options.name, {
    resolveType: byTypename,
    description: `Every way ${options.operation} can fail, with what happened and what to do next.`,
  })(Failure);
  return Failure as unknown as abstract new () => FailureFields<Code> & Extra;
}

export interface ResultUnionOptions<Code extends string> {
  /** The GraphQL union, e.g. "PaymentResult". */
  name: string;
  operation: string;
  /** The failure code enum and its GraphQL name; registered here, each value saying its member. */
  codes: { enum: object; name: string };
  /** The outcomes that are not failures. */
  successes: readonly ClassType[];
  failureInterface: abstract new () => object;
  /** The member each failure code resolves to. */
  typenames: Readonly<Record<Code, string>>;
  /** Failure members with fields of their own, declared as classes extending the interface. */
  members?: Readonly<Partial<Record<Code, ClassType>>>;
  /** Every other failure: a member that adds nothing to the interface, made from its description. */
  descriptions: Readonly<Partial<Record<Code, string>>>;
}

function describedAs(member: ClassType): string {
  const type = getMetadataStorage().objectTypes.find(({ target }) => target === member);
  return type?.description ?? '';
}

/**
 * One operation's result union: its successes, and one member per failure code, named for what
 * happened; each code's description names its member. Fails at schema build when a code has no
 * member, or two.
 */
export function resultUnion<Code extends string>(options: ResultUnionOptions<Code>) {
  const members = options.members ?? ({} as Partial<Record<Code, ClassType>>);
  const generated = (Object.keys(options.typenames) as Code[]).flatMap((code) => {
    const own = members[code];
    const description = options.descriptions[code];
    if ((own === undefined) === (description === undefined)) {
      throw new Error(
        `${options.name}: ${code} needs exactly one of a member class or a description`,
      );
    }
    if (own) return [];
    const name = options.typenames[code];
    const base = options.failureInterface as unknown as ClassType;
    const member = { [name]: class extends base {} }[name]!;
    ObjectType(name, { implements: options.failureInterface, description })(member);
    return [member];
  });
  registerEnumType(options.codes.enum, {
    name: options.codes.name,
    description: `Stable code of a ${options.operation} failure: switch on it, never on message text.`,
    valuesConfig: Object.fromEntries(
      (Object.keys(options.typenames) as Code[]).map((code) => {
        const own = members[code];
        const said = own ? describedAs(own) : options.descriptions[code]!;
        return [code, { description: `${said} Answered as ${options.typenames[code]}.` }];
      }),
    ),
  });
  const types = [
    ...options.successes,
    ...(Object.values(members) as ClassType[]),
    ...generated,
  ] as const;
  return createUnionType({
    name: options.name,
    description: `Every outcome of ${options.operation}: one member per outcome, resolved by an explicit discriminant.`,
    types: () => types,
    resolveType: byTypename,
  });
}

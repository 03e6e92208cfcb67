import { ClassType, ObjectType } from 'type-graphql';

/** The explicit discriminant every union value carries; never exposed as a field. */
export interface Discriminated {
  typename: string;
}

export function byTypename(value: object): string {
  return (value as Discriminated).typename;
}

/**
 * One object type per failure code, each implementing the union's failure interface and adding
 * nothing to it: the name says what happened, the interface carries the data.
 */
export function failureMembers<Code extends string>(
  failureInterface: abstract new () => object,
  typenames: Readonly<Record<Code, string>>,
  descriptions: Readonly<Partial<Record<Code, string>>>,
): ClassType[] {
  return (Object.keys(descriptions) as Code[]).map((code) => {
    const name = typenames[code];
    const base = failureInterface as unknown as ClassType;
    const member = { [name]: class extends base {} }[name]!;
    ObjectType(name, { implements: failureInterface, description: descriptions[code] })(member);
    return member;
  });
}

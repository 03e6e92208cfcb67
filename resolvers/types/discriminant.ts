/**
 * The explicit discriminant every union and interface value carries, never exposed as a field:
 * replayed or deserialised values resolve the same way, where `instanceof` would not.
 */
export interface Discriminated {
  typename: string;
}

export function byTypename(value: object): string {
  return (value as Discriminated).typename;
}

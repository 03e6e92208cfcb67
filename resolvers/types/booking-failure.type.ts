import { Field, Int, InterfaceType } from 'type-graphql';
import { byTypename } from './failure-members';
import { GuidanceType } from './guidance.type';

/**
 * The fields every booking failure carries, whichever operation it answers; each union gives it
 * its own interface name and code enum (search-result, price-offer-result, create-order-result).
 */
export function bookingFailureFields<Code>(
  name: string,
  codeEnum: object,
  description: string,
): abstract new () => { code: Code } {
  @InterfaceType(name, { resolveType: byTypename, description })
  abstract class BookingFailure {
    @Field(() => codeEnum)
    code!: Code;

    @Field(() => Int, {
      nullable: true,
      description: 'Raw Atlas status; null when the gateway decided without asking Atlas.',
    })
    atlasStatus!: number | null;

    @Field(() => String, { description: 'What happened, in the requested locale.' })
    message!: string;

    @Field(() => String, {
      nullable: true,
      description: "Atlas's own text, for display and support only.",
    })
    atlasMessage!: string | null;

    @Field(() => Boolean, {
      description: 'True when the same call can succeed once the guidance is followed.',
    })
    retryable!: boolean;

    @Field(() => GuidanceType)
    guidance!: GuidanceType;
  }
  return BookingFailure;
}

import { Field, ObjectType } from 'type-graphql';
import { Locale, NextAction } from './enums';

@ObjectType('Guidance', {
  description: 'What happened and what to do next, in the requested locale.',
})
export class GuidanceType {
  @Field(() => String)
  summary!: string;

  @Field(() => [String])
  steps!: string[];

  @Field(() => [NextAction])
  nextActions!: NextAction[];

  @Field(() => Locale)
  locale!: Locale;
}

import { Field, ObjectType } from 'type-graphql';
import { Locale, NextAction } from './enums';

@ObjectType('Guidance', {
  description: 'What happened and what to do next, in the requested locale.',
})
export class GuidanceType {
  @Field(() => String, { description: 'One sentence: what happened.' })
  summary!: string;

  @Field(() => [String], { description: 'What to do, in order; empty when nothing is left to do.' })
  steps!: string[];

  @Field(() => [NextAction], {
    description: 'The steps as actions a UI can offer as buttons, best first.',
  })
  nextActions!: NextAction[];

  @Field(() => Locale, { description: 'The language of summary and steps.' })
  locale!: Locale;
}

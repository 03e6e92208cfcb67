import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class CommitOrderArgs {
  @Field(() => ID, { description: 'The Ryanair order the traveller must confirm.' })
  orderNo!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Popup mode: where Ryanair sends the traveller after confirming.',
  })
  redirectUri?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True to embed the page; redirectUri is then ignored.',
  })
  iframe?: boolean | null;
}

import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrderStatus, TicketingSource } from './enums';
import { PassengerObject, TicketingFailureObject } from './order.type';

@ObjectType('TicketingUpdate', {
  description:
    'One real change in ticketing (status, tickets, airline PNRs, failure, or staleness). The first update is the state at subscription time.',
})
export class TicketingUpdateObject {
  @Field(() => ID, { description: 'The order followed.' })
  orderNo!: string;

  @Field(() => OrderStatus, { description: 'The order’s status now.' })
  status!: OrderStatus;

  @Field(() => OrderStatus, {
    nullable: true,
    description: 'The status this subscriber saw last; null on the first update.',
  })
  previousStatus!: OrderStatus | null;

  @Field(() => [PassengerObject], { description: 'With ticket numbers and airline PNRs.' })
  passengers!: PassengerObject[];

  @Field(() => TicketingFailureObject, {
    nullable: true,
    description: 'Why ticketing failed (cancelled orders), with guidance.',
  })
  failure!: TicketingFailureObject | null;

  @Field(() => GraphQLDateTime, { description: 'When the gateway saw the change.' })
  occurredAt!: Date;

  @Field(() => Boolean, {
    description:
      'True for ticketed (every passenger has a ticket) or cancelled; the stream then completes.',
  })
  final!: boolean;

  @Field(() => TicketingSource, { description: 'A read of the order, or an Atlas webhook.' })
  source!: TicketingSource;

  @Field(() => Boolean, {
    description:
      'True when Atlas has not answered reads for a while: the state may be out of date.',
  })
  stale!: boolean;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When Atlas last answered a read of this order.',
  })
  lastConfirmedAt!: Date | null;
}

import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Order } from '../../src/domain/order';
import { FlightSegmentObject, PassengerPriceObject } from './flight-offer.type';
import { MoneyType } from './money.type';
import {
  OrderStatus,
  PassengerType,
  PaymentMethod,
  RecoveryPath,
  TicketingFailureCode,
} from './enums';
import { GuidanceType } from './guidance.type';
import { NodeInterface } from './node.type';

@ObjectType('Passenger', {
  description: 'A traveller on the order, with what ticketing gave them.',
})
export class PassengerObject {
  @Field(() => String, { description: 'FAMILY/GIVEN, as booked.' })
  name!: string;

  @Field(() => PassengerType, { description: 'Adult, child or infant, as booked.' })
  type!: PassengerType;

  @Field(() => [String], { description: 'Empty until tickets are issued.' })
  ticketNumbers!: string[];

  @Field(() => [String], {
    description: 'Airline booking references; empty until the airline confirms.',
  })
  airlinePnrs!: string[];
}

@ObjectType('TicketingFailure', { description: 'Why Atlas cancelled the order during ticketing.' })
export class TicketingFailureObject {
  @Field(() => TicketingFailureCode, {
    description: 'What went wrong, as a stable enum; UNRECOGNIZED for a code Atlas adds later.',
  })
  code!: TicketingFailureCode;

  @Field(() => String, { description: 'Atlas ticketing error code as sent, e.g. "604".' })
  atlasErrorCode!: string;

  @Field(() => String, { description: 'What the code means, in the requested locale.' })
  meaning!: string;

  @Field(() => String, { nullable: true, description: "Atlas's own text, shown as is." })
  atlasMessage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The airline's own text, when Atlas passed it on; shown as is.",
  })
  airlineMessage!: string | null;

  @Field(() => GuidanceType, { description: 'What to do about the cancelled order.' })
  guidance!: GuidanceType;
}

@ObjectType('OrderRecovery', {
  description: 'What a caller can do with the order now, derived from its state and failure code.',
})
export class OrderRecoveryObject {
  @Field(() => RecoveryPath, { description: 'The one way forward, for a UI to branch on.' })
  path!: RecoveryPath;

  @Field(() => Boolean, { description: 'True when payOrder can go ahead now with no other step.' })
  canPayAsIs!: boolean;

  @Field(() => [PaymentMethod], {
    description:
      'Methods to pay with, best first: for this order, or for the regenerated one when mustRegenerate. Deposit comes first after an airline refused a card.',
  })
  paymentMethods!: PaymentMethod[];

  @Field(() => Boolean, {
    description:
      'Ryanair: the traveller must confirm (commitOrder) before payment. Atlas does not report whether they already did.',
  })
  mustConfirmFirst!: boolean;

  @Field(() => Boolean, {
    description: 'This order cannot be paid any more; regenerateOrder makes a payable copy.',
  })
  mustRegenerate!: boolean;

  @Field(() => Boolean, {
    description:
      'The order is paid (ticketing, ticketed, or 615 airline reference pending): paying again could charge twice.',
  })
  payingAgainWouldBeWrong!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'The order regenerateOrder made from this one (path PAY_REPLACEMENT); the same as Order.replacedBy.',
  })
  replacementOrderNo!: string | null;

  @Field(() => GuidanceType, { description: 'The path in words, with the actions to offer.' })
  guidance!: GuidanceType;
}

@ObjectType('Order', {
  implements: NodeInterface,
  description:
    'An Atlas order as it stands now: domain values, never wire strings. Read fresh from Atlas in each operation.',
})
export class OrderObject {
  /** The discriminant Node resolves by. */
  typename!: 'Order';

  /** The order as read, for the fields resolved from it (recovery). */
  source!: Order;

  @Field(() => ID, { description: 'Global id, for client caches and node(id).' })
  id!: string;

  @Field(() => ID, { description: "Atlas's order number: what every operation takes." })
  orderNo!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Atlas booking reference (not the airline PNR).',
  })
  pnrCode!: string | null;

  @Field(() => OrderStatus, {
    description: 'Where the order stands; atlasOrderStatus is the raw value.',
  })
  status!: OrderStatus;

  @Field(() => String, { description: 'Raw Atlas orderStatus, for support.' })
  atlasOrderStatus!: string;

  @Field(() => Boolean, { description: 'True once every passenger has a ticket number.' })
  ticketIssued!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Pay before this instant.' })
  paymentDeadline!: Date | null;

  @Field(() => MoneyType, { nullable: true, description: "Excludes Atlas's technical fee." })
  totalPrice!: MoneyType | null;

  @Field(() => MoneyType, {
    nullable: true,
    description: "Atlas's technical service fee for the whole order, on top of totalPrice.",
  })
  totalTransactionFee!: MoneyType | null;

  @Field(() => MoneyType, {
    nullable: true,
    description: 'In the airline currency; what a VCC must cover.',
  })
  vendorTotalPrice!: MoneyType | null;

  @Field(() => [PaymentMethod], {
    description: 'The methods Atlas accepts for this order now; empty when none is available.',
  })
  supportedPaymentMethods!: PaymentMethod[];

  @Field(() => PaymentMethod, {
    nullable: true,
    description: 'The method used; null while unpaid.',
  })
  paymentMethod!: PaymentMethod | null;

  @Field(() => [String], { description: 'IATA codes of the airlines on the order.' })
  airlineCodes!: string[];

  @Field(() => [PassengerObject], { description: 'The travellers, in booking order.' })
  passengers!: PassengerObject[];

  @Field(() => TicketingFailureObject, {
    nullable: true,
    description: 'Set on orders cancelled by a ticketing failure.',
  })
  failure!: TicketingFailureObject | null;

  @Field(() => [FlightSegmentObject], {
    description: "The flights, from Atlas's routing for the order; empty when Atlas sent none.",
  })
  itinerary!: FlightSegmentObject[];

  @Field(() => [PassengerPriceObject], {
    description: 'Fare and taxes per passenger type travelling; empty when Atlas sent no prices.',
  })
  priceBreakdown!: PassengerPriceObject[];
}

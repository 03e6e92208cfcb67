import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { FlightSegmentObject, PassengerPriceObject } from './flight-offer.type';
import { MoneyType } from './money.type';
import { OrderStatus, PassengerType, PaymentMethod, RecoveryPath } from './enums';
import { GuidanceType } from './guidance.type';

@ObjectType('Passenger')
export class PassengerObject {
  @Field(() => String, { description: 'FAMILY/GIVEN, as booked.' })
  name!: string;

  @Field(() => PassengerType)
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
  @Field(() => String, { description: 'Atlas ticketing error code, e.g. "604".' })
  code!: string;

  @Field(() => String)
  meaning!: string;

  @Field(() => String, { nullable: true, description: "Atlas's own text, shown as is." })
  atlasMessage!: string | null;

  @Field(() => String, { nullable: true })
  airlineMessage!: string | null;

  @Field(() => GuidanceType)
  guidance!: GuidanceType;
}

@ObjectType('OrderRecovery', {
  description: 'What a caller can do with the order now, derived from its state and failure code.',
})
export class OrderRecoveryObject {
  @Field(() => RecoveryPath)
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

  @Field(() => GuidanceType)
  guidance!: GuidanceType;
}

@ObjectType('Order')
export class OrderObject {
  @Field(() => ID)
  orderNo!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Atlas booking reference (not the airline PNR).',
  })
  pnrCode!: string | null;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => String, { description: 'Raw Atlas orderStatus, for support.' })
  atlasOrderStatus!: string;

  @Field(() => Boolean, { description: 'True once every passenger has a ticket number.' })
  ticketIssued!: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Pay before this instant.' })
  paymentDeadline!: Date | null;

  @Field(() => MoneyType, { nullable: true, description: "Excludes Atlas's technical fee." })
  totalPrice!: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  totalTransactionFee!: MoneyType | null;

  @Field(() => MoneyType, {
    nullable: true,
    description: 'In the airline currency; what a VCC must cover.',
  })
  vendorTotalPrice!: MoneyType | null;

  @Field(() => [PaymentMethod])
  supportedPaymentMethods!: PaymentMethod[];

  @Field(() => PaymentMethod, {
    nullable: true,
    description: 'The method used; null while unpaid.',
  })
  paymentMethod!: PaymentMethod | null;

  @Field(() => [String], { description: 'IATA codes of the airlines on the order.' })
  airlineCodes!: string[];

  @Field(() => [PassengerObject])
  passengers!: PassengerObject[];

  @Field(() => TicketingFailureObject, {
    nullable: true,
    description: 'Set on orders cancelled by a ticketing failure.',
  })
  failure!: TicketingFailureObject | null;

  @Field(() => OrderRecoveryObject)
  recovery!: OrderRecoveryObject;

  @Field(() => [FlightSegmentObject], {
    description: "The flights, from Atlas's routing for the order; empty when Atlas sent none.",
  })
  itinerary!: FlightSegmentObject[];

  @Field(() => [PassengerPriceObject], {
    description: 'Fare and taxes per passenger type travelling; empty when Atlas sent no prices.',
  })
  priceBreakdown!: PassengerPriceObject[];
}

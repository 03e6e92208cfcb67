/**
 * zod schemas of the Atlas answers we read. Unknown fields are tolerated (Atlas adds fields),
 * statuses stay open integers, and the wire's string/number quirks are normalised here so that
 * nothing past this file sees them (README "Known discrepancies" 1).
 */
import { z } from 'zod';
import { routingSchema } from './routing.wire-schemas';
import { stringList, text, wireCodeText, wireInt, wireNumber } from './wire-primitives';

export const envelopeSchema = z.object({ status: wireInt, msg: text });

export const paxTicketInfoSchema = z.object({
  name: z.string(),
  passengerType: wireInt.nullish(),
  ticketNos: stringList,
  airlinePNRs: stringList,
});

/** Fields order.do, regenerateOrder.do and queryOrderDetails.do answer alike. */
const orderFields = {
  paxTicketInfos: z
    .array(paxTicketInfoSchema)
    .nullish()
    .transform((v) => v ?? []),
  totalPrice: wireNumber.nullish(),
  totalTransactionFee: wireNumber.nullish(),
  currency: text,
  vendorTotalPrice: wireNumber.nullish(),
  vendorCurrency: text,
  tktLimitTime: text,
};

const airlineBookingSchema = z.object({
  airlineCode: z.string().nullish(),
  airlinePnr: z.string().nullish(),
});

/**
 * An order's routing only adds detail (itinerary, price breakdown): one Atlas shapes oddly must
 * not make the order itself unreadable, since payments read it first.
 */
const orderRouting = routingSchema.nullish().catch(null);

export const queryOrderSuccessSchema = z.object({
  status: z.literal(0),
  msg: text,
  orderNo: z.string().min(1),
  pnrCode: text,
  orderStatus: wireCodeText,
  ticketStatus: wireCodeText.nullish(),
  ...orderFields,
  supportPaymentMethods: z
    .array(wireInt)
    .nullish()
    .transform((v) => v ?? []),
  paymentMethod: wireInt.nullish(),
  routing: orderRouting,
  airlineBookings: z
    .array(airlineBookingSchema)
    .nullish()
    .transform((v) => v ?? []),
  errorCode: z.union([z.string(), z.number().transform(String)]).nullish(),
  errorMessage: text,
  airlineMessage: text,
});

export type PaxTicketInfoWire = z.infer<typeof paxTicketInfoSchema>;
export type QueryOrderWire = z.infer<typeof queryOrderSuccessSchema>;

export const payResponseSchema = z.object({
  status: wireInt,
  msg: text,
  orderNo: text,
  paymentMethod: wireInt.nullish(),
});

export type PayResponseWire = z.infer<typeof payResponseSchema>;

export const orderCommitResponseSchema = z.object({
  status: wireInt,
  msg: text,
  confirmationUrl: z.url({ protocol: /^https?$/ }),
});

/** order.do's answer, which regenerateOrder.do shares (orders.md §3). */
export const orderCreatedSchema = z.object({
  status: z.literal(0),
  msg: text,
  orderNo: z.string().min(1),
  pnrCode: text,
  ...orderFields,
  routing: orderRouting,
  paymentOptions: z.array(z.object({ paymentMethod: wireInt })).nullish(),
});

export const orderRefusedSchema = z.object({
  status: wireInt,
  msg: text,
  duplicateOrders: stringList,
});

export type OrderCreatedWire = z.infer<typeof orderCreatedSchema>;

/**
 * zod schemas of search.do, verify.do and the Routing object (search-verify.md). Tolerant like
 * the order schemas: unknown fields pass, optional ones default, integers may come as text.
 */
import { z } from 'zod';
import { text, wireInt, wireNumber } from './wire-primitives';

const optionalNumber = wireNumber.nullish().transform((v) => v ?? null);

export const routingSegmentSchema = z.object({
  segmentIndex: wireInt.nullish(),
  carrier: z.string(),
  flightNumber: z.string(),
  depAirport: z.string(),
  depTime: text,
  arrAirport: z.string(),
  arrTime: text,
  duration: wireInt.nullish().transform((v) => v ?? null),
  cabin: text,
  cabinClass: wireInt.nullish().transform((v) => v ?? null),
  operatingCarrier: text,
  fareFamily: text,
});

const priceItemSchema = z.object({
  code: text,
  type: text,
  amount: wireNumber,
  description: text,
});
const priceItems = z
  .array(priceItemSchema)
  .nullish()
  .transform((v) => v ?? []);
const segments = z
  .array(routingSegmentSchema)
  .nullish()
  .transform((v) => v ?? []);

export const routingSchema = z.object({
  routingIdentifier: text,
  supportPaymentMethods: z.array(wireInt).nullish(),
  /** Deprecated VCC flag, read only when supportPaymentMethods is absent. */
  supportCreditTransPayment: z.union([z.string(), z.number().transform(String)]).nullish(),
  currency: text,
  adultPrice: optionalNumber,
  adultTax: optionalNumber,
  childPrice: optionalNumber,
  childTax: optionalNumber,
  infantPrice: optionalNumber,
  infantTax: optionalNumber,
  adultDetails: priceItems,
  childDetails: priceItems,
  infantDetails: priceItems,
  infantAllowed: z.boolean().nullish(),
  transactionFee: optionalNumber,
  transactionFeeMode: text,
  fromSegments: segments,
  retSegments: segments,
});

export type RoutingWire = z.infer<typeof routingSchema>;

export const searchSuccessSchema = z.object({
  status: z.literal(0),
  routings: z
    .array(routingSchema)
    .nullish()
    .transform((v) => v ?? []),
});

const requirementSchema = z
  .object({ required: z.boolean().nullish() })
  .nullish()
  .transform((v) => v?.required === true);

export const verifySuccessSchema = z.object({
  status: z.literal(0),
  sessionId: z.string().min(1),
  maxSeats: wireInt.nullish().transform((v) => v ?? null),
  routing: routingSchema,
  bookingRequirement: z
    .object({ passenger: z.record(z.string(), requirementSchema).nullish() })
    .nullish(),
  priceChange: z
    .object({
      isPriceChange: z.boolean().nullish(),
      originalAdultPrice: optionalNumber,
      originalAdultTax: optionalNumber,
      originalChildPrice: optionalNumber,
      originalChildTax: optionalNumber,
      originalInfantPrice: optionalNumber,
      originalInfantTax: optionalNumber,
    })
    .nullish(),
});

export type VerifyWire = z.infer<typeof verifySuccessSchema>;

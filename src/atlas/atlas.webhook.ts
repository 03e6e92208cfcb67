import { z } from 'zod';
import { Passenger, TicketingFailure } from '../domain/order';
import { passengerFromWire } from './atlas.order-mapper';
import { paxTicketInfoSchema, wireCodeText } from './atlas.wire-schemas';

/** The webhook events the gateway acts on; every other documented type is only logged. */
export type AtlasWebhook =
  | { type: 'order.ticketed'; orderNo: string; passengers: Passenger[] }
  | { type: 'order.cancelled'; orderNo: string; failure: TicketingFailure }
  | { type: 'ignored'; eventType: string };

/** webhooks.md §2: cid, type, status, data; Atlas adds fields freely, so unknown ones pass. */
const envelopeSchema = z.object({
  type: z.string().min(1),
  cid: z.string().nullish(),
  data: z.record(z.string(), z.unknown()),
});

const orderNo = z.string().regex(/^[A-Za-z0-9]{1,64}$/);

const ticketedSchema = z.object({
  orderNo,
  paxTicketInfos: z.array(paxTicketInfoSchema).min(1),
});

const cancelledSchema = z.object({
  orderNo,
  errorCode: wireCodeText,
  errorMessage: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});

export type WebhookParse = { ok: true; webhook: AtlasWebhook } | { ok: false; problems: string[] };

function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
}

export function parseAtlasWebhook(body: unknown): WebhookParse {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, problems: problems(envelope.error) };
  const { type, data } = envelope.data;
  switch (type) {
    case 'order.ticketed': {
      const parsed = ticketedSchema.safeParse(data);
      if (!parsed.success) return { ok: false, problems: problems(parsed.error) };
      return {
        ok: true,
        webhook: {
          type,
          orderNo: parsed.data.orderNo,
          passengers: parsed.data.paxTicketInfos.map(passengerFromWire),
        },
      };
    }
    case 'order.cancelled': {
      const parsed = cancelledSchema.safeParse(data);
      if (!parsed.success) return { ok: false, problems: problems(parsed.error) };
      return {
        ok: true,
        webhook: {
          type,
          orderNo: parsed.data.orderNo,
          failure: {
            code: parsed.data.errorCode,
            atlasMessage: parsed.data.errorMessage,
            airlineMessage: null,
          },
        },
      };
    }
    default:
      return { ok: true, webhook: { type: 'ignored', eventType: type } };
  }
}

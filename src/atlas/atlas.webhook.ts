import { z } from 'zod';
import { Passenger, TicketingFailure } from '../domain/order';
import { passengerFromWire } from './atlas.order-mapper';
import { paxTicketInfoSchema } from './atlas.wire-schemas';
import { wireCodeText } from './wire-primitives';

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

/** The events acted on, each parsed straight into its domain form. */
const ACTED_ON: Readonly<Record<string, z.ZodType<AtlasWebhook>>> = {
  'order.ticketed': z
    .object({ orderNo, paxTicketInfos: z.array(paxTicketInfoSchema).min(1) })
    .transform((data) => ({
      type: 'order.ticketed' as const,
      orderNo: data.orderNo,
      passengers: data.paxTicketInfos.map(passengerFromWire),
    })),
  'order.cancelled': z
    .object({ orderNo, errorCode: wireCodeText, errorMessage: z.string().nullish() })
    .transform((data) => ({
      type: 'order.cancelled' as const,
      orderNo: data.orderNo,
      failure: {
        code: data.errorCode,
        atlasMessage: data.errorMessage ?? null,
        airlineMessage: null,
      },
    })),
};

export type WebhookParse = { ok: true; webhook: AtlasWebhook } | { ok: false; problems: string[] };

function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
}

export function parseAtlasWebhook(body: unknown): WebhookParse {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, problems: problems(envelope.error) };
  const { type, data } = envelope.data;
  const schema = ACTED_ON[type];
  if (!schema) return { ok: true, webhook: { type: 'ignored', eventType: type } };
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { ok: true, webhook: parsed.data }
    : { ok: false, problems: problems(parsed.error) };
}

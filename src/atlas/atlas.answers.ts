/** What each Atlas call answers, in domain terms: the client's contract with the use cases. */
import { Order } from '../domain/order';
import { RoutedOffer } from './atlas.routing-mapper';
import { VerifiedOffer } from './booking.wire';

export type QueryOrderResult =
  { kind: 'found'; order: Order } | { kind: 'notFound'; atlasStatus: number };

export interface PayAnswer {
  atlasStatus: number;
  atlasMessage: string | null;
}

export interface CommitOrderRequest {
  orderNo: string;
  /** Popup mode: where Ryanair sends the traveller afterwards. Ignored in iframe mode. */
  redirectUri: string | null;
  iframe: boolean;
}

export type CommitOrderAnswer =
  | { kind: 'page'; confirmationUrl: string }
  | { kind: 'refused'; atlasStatus: number; atlasMessage: string | null };

export type RegenerateOrderAnswer =
  | { kind: 'created'; order: Order }
  | {
      kind: 'refused';
      atlasStatus: number;
      atlasMessage: string | null;
      /** Set with 318: the existing orders Atlas suspects this one duplicates. */
      duplicateOrders: string[];
    };

export type AtlasRefusal = { kind: 'refused'; atlasStatus: number; atlasMessage: string | null };

export type SearchAnswer = { kind: 'offers'; offers: RoutedOffer[] } | AtlasRefusal;

export type VerifyAnswer = { kind: 'verified'; verified: VerifiedOffer } | AtlasRefusal;

/** order.do answers like regenerateOrder.do (orders.md §3). */
export type CreateOrderAnswer = RegenerateOrderAnswer;

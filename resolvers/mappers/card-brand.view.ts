import { CardBrand } from '../../src/domain/card';
import { CardBrandValue } from '../types/enums';

/** Atlas's spelling of a card brand (src/domain/card.ts) and the graph's enum, both ways. */
export const CARD_BRAND_VALUES: Readonly<Record<CardBrand, CardBrandValue>> = {
  Visa: CardBrandValue.VISA,
  MasterCard: CardBrandValue.MASTERCARD,
  Amex: CardBrandValue.AMEX,
  Discover: CardBrandValue.DISCOVER,
  JCB: CardBrandValue.JCB,
  DinersClub: CardBrandValue.DINERS_CLUB,
};

const CARD_BRANDS = new Map(
  Object.entries(CARD_BRAND_VALUES).map(([brand, value]) => [value, brand as CardBrand]),
);

export function cardBrandOf(value: CardBrandValue): CardBrand {
  return CARD_BRANDS.get(value)!;
}

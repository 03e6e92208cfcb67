import { useApolloClient } from '@apollo/client/react';
import { FormEvent, useState } from 'react';
import {
  CreateOrderDocument,
  PriceOfferDocument,
  SearchFlightsDocument,
} from '../../../client/generated/operations';
import type { Text } from './i18n';

interface Props {
  seeded: { orderNo: string; label: string }[];
  text: Text;
  onPick(orderNo: string): void;
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** searchFlights → priceOffer → createOrder, with one fixed traveller; any failure is shown as is. */
async function bookTrip(client: ReturnType<typeof useApolloClient>): Promise<string> {
  const search = await client.query({
    query: SearchFlightsDocument,
    variables: { input: { from: 'MNL', to: 'SIN', departureDate: inDays(60), adults: 1 } },
    fetchPolicy: 'network-only',
  });
  const found = search.data?.searchFlights;
  if (found?.__typename !== 'FlightOffers') throw new Error(found?.__typename ?? 'search failed');
  const priced = await client.query({
    query: PriceOfferDocument,
    variables: { offerId: found.offers[0]!.offerId },
    fetchPolicy: 'network-only',
  });
  const offer = priced.data?.priceOffer;
  if (offer?.__typename !== 'PricedOffer') throw new Error(offer?.__typename ?? 'pricing failed');
  const created = await client.mutate({
    mutation: CreateOrderDocument,
    variables: {
      input: {
        bookingToken: offer.bookingToken,
        idempotencyKey: crypto.randomUUID(),
        passengers: [
          {
            familyName: 'TAN',
            givenNames: 'MEI LING',
            type: 'ADULT',
            gender: 'FEMALE',
            birthday: '1991-07-14',
            nationality: 'SG',
            document: {
              type: 'PASSPORT',
              number: 'K9876543',
              expiryDate: '2031-05-01',
              issuingCountry: 'SG',
            },
          },
        ],
        contact: {
          familyName: 'TAN',
          givenNames: 'MEI LING',
          email: 'mei@example.org',
          phone: { countryCode: '65', number: '81234567' },
        },
      },
    },
  });
  const result = created.data?.createOrder;
  if (result?.__typename !== 'OrderCreated')
    throw new Error(result?.__typename ?? 'booking failed');
  return result.order.orderNo;
}

export function OrderPicker({ seeded, text, onPick }: Props) {
  const client = useApolloClient();
  const [typed, setTyped] = useState('');
  const [booking, setBooking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) onPick(typed.trim());
  };
  const book = () => {
    setBooking(true);
    setProblem(null);
    bookTrip(client).then(onPick, (error: Error) => {
      setProblem(error.message);
      setBooking(false);
    });
  };
  return (
    <section>
      <h2>{text.pickOrder}</h2>
      {seeded.map(({ orderNo, label }) => (
        <button
          type="button"
          className="seed"
          key={orderNo}
          data-testid={`seed-${orderNo}`}
          onClick={() => onPick(orderNo)}
        >
          <code>{orderNo}</code> {label}
        </button>
      ))}
      <form onSubmit={open}>
        <label>
          {text.orderNo} <input value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit">{text.open}</button>
      </form>
      <button type="button" data-testid="book" disabled={booking} onClick={book}>
        {booking ? text.booking : text.book}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

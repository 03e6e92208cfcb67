import type { RefObject } from 'react';
import type { PaymentMethod } from '../../../client/generated/operations';
import type { Text } from './i18n';

export interface CardFields {
  number: string;
  cvv: string;
  expiryMonth: string;
  expiryYear: string;
  holderFirstName: string;
  holderLastName: string;
}

/** A test Visa the simulator accepts; holder first name "Reject" makes the airline decline it. */
export const TEST_CARD: CardFields = {
  number: '4532015112830366',
  cvv: '123',
  expiryMonth: '12',
  expiryYear: '2030',
  holderFirstName: 'MEI LING',
  holderLastName: 'TAN',
};

interface Props {
  text: Text;
  methods: readonly PaymentMethod[];
  method: PaymentMethod | null;
  onMethod(method: PaymentMethod): void;
  card: CardFields;
  onCard(card: CardFields): void;
  cardNumberInput: RefObject<HTMLInputElement>;
  paying: boolean;
  onPay(): void;
}

export function PayForm(props: Props) {
  const { text, methods, method, card, onCard } = props;
  const field = (name: keyof CardFields, label: string) => (
    <label>
      {label}{' '}
      <input
        name={name}
        data-testid={`card-${name}`}
        ref={name === 'number' ? props.cardNumberInput : undefined}
        autoComplete="off"
        value={card[name]}
        onChange={(event) => onCard({ ...card, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <section data-testid="pay-form">
      <label>
        {text.method}{' '}
        <select
          data-testid="method"
          value={method ?? ''}
          onChange={(event) => props.onMethod(event.target.value as PaymentMethod)}
        >
          {methods.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </label>
      {(method === 'VCC' || method === 'MOR') && (
        <fieldset>
          <legend>{text.card}</legend>
          {field('number', text.cardNumber)}
          {field('cvv', text.cvv)}
          {field('expiryMonth', text.expiry)}
          {field('expiryYear', text.expiry)}
          {field('holderFirstName', text.holderFirstName)}
          {field('holderLastName', text.holderLastName)}
        </fieldset>
      )}
      <button
        type="button"
        data-testid="pay"
        disabled={props.paying || !method}
        onClick={props.onPay}
      >
        {props.paying ? text.paying : text.pay}
      </button>
    </section>
  );
}

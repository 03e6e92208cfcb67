import { SimOrderSpec } from './sim.order-factory';
import { SimStore } from './sim.store';

export interface SeededOrder {
  label: string;
  orderNo: string;
}

/**
 * One order per interesting case, so a person in Apollo Sandbox can try every path at once. The
 * numbers are fixed (in Atlas's shape, on a date no generated order has), so the README's
 * operations work as pasted on every start.
 */
const SEEDS: readonly { label: string; spec: SimOrderSpec }[] = [
  {
    label: 'deposit only (pay with DEPOSIT; VCC gives PaymentMethodNotSupported)',
    spec: { supportPaymentMethods: [1] },
  },
  {
    label: 'VCC-capable (DEPOSIT or VCC; holder first name "Reject" gets declined at ticketing)',
    spec: { supportPaymentMethods: [1, 3] },
  },
  {
    label: 'MoR, Visa declared (MOR with a Visa card; Mastercard gives CardBrandMismatch)',
    spec: { supportPaymentMethods: [1, 5], declaredCardBrand: 'Visa' },
  },
  {
    label: 'Ryanair awaiting confirmation (payOrder gives OrderNotConfirmed)',
    spec: { carrier: 'FR', supportPaymentMethods: [1, 3] },
  },
  {
    label: 'close to its deadline (3 minutes)',
    spec: { supportPaymentMethods: [1, 3], deadlineInSeconds: 180 },
  },
  { label: 'deadline passed (PaymentDeadlinePassed)', spec: { deadlineInSeconds: -60 } },
  {
    label: 'already paid, ticketing (OrderAlreadyPaid)',
    spec: { state: 'TICKETING', ticketingDelayMs: 10 * 60_000 },
  },
  {
    label: 'ticketed (OrderNotPayable)',
    spec: { state: 'TICKETED', passengers: [{}, { name: 'DOE/JOHN', gender: 'M' }] },
  },
  {
    label: 'cancelled by an airline decline, 604',
    spec: { state: 'CANCELLED', cancelErrorCode: '604', supportPaymentMethods: [1, 3] },
  },
  {
    label: 'payment in progress elsewhere (PaymentInProgress)',
    spec: { externalPaymentForMs: 60 * 60_000 },
  },
  {
    label: 'passenger without a travel document (PassengerDataInvalid)',
    spec: { passengers: [{ cardNum: null }] },
  },
  {
    label: 'child travelling alone (UnaccompaniedMinor)',
    spec: {
      passengers: [{ name: 'DOE/TIMMY', passengerType: 1, gender: 'M', birthday: '20180101' }],
    },
  },
  {
    label: 'baggage on one connecting segment only (BaggageSegmentMismatch)',
    spec: { passengers: [{ ancillaries: [{ productCode: 'BAG20', segmentIndex: 1 }] }] },
  },
  {
    label: 'malformed contact phone (ContactInfoInvalid)',
    spec: { contact: { mobile: '+65 8123 4567' } },
  },
  {
    label: 'price above the deposit balance (PaymentGatewayError on DEPOSIT)',
    spec: { totalPrice: 5_000_000 },
  },
  { label: 'no payment method (NoPaymentMethodAvailable)', spec: { supportPaymentMethods: [] } },
];

/** The seed at `index` (0-based) is TESTS20260101000000 followed by index + 1 in three digits. */
export function seededOrderNo(index: number): string {
  return `TESTS20260101000000${String(index + 1).padStart(3, '0')}`;
}

export function seedOrders(store: SimStore): SeededOrder[] {
  return SEEDS.map(({ label, spec }, index) => ({
    label,
    orderNo: store.createOrder(spec, seededOrderNo(index)).orderNo,
  }));
}

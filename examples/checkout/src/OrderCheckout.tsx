import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import {
  CommitOrderDocument,
  PayOrderDocument,
  ReadOrderDocument,
  RegenerateOrderDocument,
  type NextAction,
  type PaymentMethod,
} from '../../../client/generated/operations';
import { Guidance, GuidanceView } from './Guidance';
import { PayForm, CardFields, TEST_CARD } from './PayForm';
import { Ticketing } from './Ticketing';
import { Language, textFor } from './i18n';

interface Props {
  orderNo: string;
  language: Language;
  onOpenOrder(orderNo: string): void;
  onBack(): void;
}

/** The answer of the last mutation, as the screen shows it: member, guidance and field issues. */
interface Outcome {
  typename: string;
  guidance: GuidanceView;
  issues: { field: string; message: string }[];
  failed: boolean;
}

/** The next actions this screen carries out with a mutation or a query of its own. */
const ACTIONABLE: ReadonlySet<NextAction> = new Set<NextAction>([
  'PAY_ORDER',
  'RETRY_PAYMENT',
  'QUERY_ORDER',
  'WAIT_FOR_TICKETING',
  'SWITCH_PAYMENT_METHOD',
  'USE_ANOTHER_CARD',
  'FIX_PAYMENT_INPUT',
  'REGENERATE_ORDER',
  'CONFIRM_ORDER',
]);

/** A confirm or regenerate failure: the member and its guidance. */
function failureOf(result: { __typename: string; guidance: GuidanceView }): Outcome {
  return { typename: result.__typename, guidance: result.guidance, issues: [], failed: true };
}

const CARD_METHODS: ReadonlySet<PaymentMethod> = new Set<PaymentMethod>(['VCC', 'MOR']);

export function OrderCheckout({ orderNo, language, onOpenOrder, onBack }: Props) {
  const text = textFor(language);
  const { data, loading, error, refetch } = useQuery(ReadOrderDocument, {
    variables: { orderNo },
    fetchPolicy: 'network-only',
  });
  const [payOrder, paying] = useMutation(PayOrderDocument);
  const [regenerateOrder] = useMutation(RegenerateOrderDocument);
  const [commitOrder] = useMutation(CommitOrderDocument);
  const [chosenMethod, setChosenMethod] = useState<PaymentMethod | null>(null);
  const [card, setCard] = useState<CardFields>(TEST_CARD);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [following, setFollowing] = useState(false);
  const [confirmationUrl, setConfirmationUrl] = useState<string | null>(null);
  const cardNumberInput = useRef<HTMLInputElement>(null);
  const order = data?.order ?? null;
  const method =
    chosenMethod ?? order?.recovery.paymentMethods[0] ?? order?.supportedPaymentMethods[0] ?? null;

  const pay = async () => {
    if (!method) return;
    setConfirmationUrl(null);
    const { data: paid } = await payOrder({
      variables: {
        input: {
          orderNo,
          paymentMethod: method,
          // One key per press: a network retry of this request replays instead of paying twice.
          idempotencyKey: crypto.randomUUID(),
          ...(CARD_METHODS.has(method) ? { card } : {}),
        },
      },
    });
    const result = paid?.payOrder;
    if (!result) return;
    setOutcome({
      typename: result.__typename,
      guidance: result.guidance,
      issues: 'issues' in result ? result.issues : [],
      failed: result.__typename !== 'PaymentAccepted',
    });
    if (result.__typename === 'PaymentAccepted') setFollowing(true);
  };

  const regenerate = async () => {
    const { data: answered } = await regenerateOrder({ variables: { orderNo } });
    const result = answered?.regenerateOrder;
    if (result?.__typename === 'OrderRegenerated') return onOpenOrder(result.order.orderNo);
    if (result && 'code' in result) setOutcome(failureOf(result));
  };

  const confirm = async () => {
    const { data: answered } = await commitOrder({ variables: { orderNo, iframe: true } });
    const result = answered?.commitOrder;
    if (result?.__typename === 'ConfirmationPageReady') {
      setOutcome(null);
      setConfirmationUrl(result.confirmationUrl);
    } else if (result && 'code' in result) {
      setOutcome(failureOf(result));
    }
  };

  const switchMethod = () => {
    const other = order?.supportedPaymentMethods.find((candidate) => candidate !== method);
    if (other) setChosenMethod(other);
    setOutcome(null);
  };

  const onAction = (action: NextAction) => {
    // A regenerated order is done with: paying or reading "it" means its replacement.
    const replacement = order?.recovery.replacementOrderNo;
    if (replacement && (action === 'PAY_ORDER' || action === 'QUERY_ORDER')) {
      return onOpenOrder(replacement);
    }
    switch (action) {
      case 'PAY_ORDER':
      case 'RETRY_PAYMENT':
        return void pay();
      case 'QUERY_ORDER':
        return void refetch();
      case 'WAIT_FOR_TICKETING':
        return setFollowing(true);
      case 'SWITCH_PAYMENT_METHOD':
        return switchMethod();
      case 'USE_ANOTHER_CARD':
      case 'FIX_PAYMENT_INPUT':
        setOutcome(null);
        return cardNumberInput.current?.focus();
      case 'REGENERATE_ORDER':
        return void regenerate();
      case 'CONFIRM_ORDER':
        return void confirm();
      default:
        return undefined;
    }
  };
  const onFinal = useCallback(() => void refetch(), [refetch]);

  if (loading && !order) return <p>{text.loading}</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!order) {
    return (
      <section>
        <p data-testid="not-found">{text.notFound}</p>
        <button type="button" onClick={onBack}>
          {text.back}
        </button>
      </section>
    );
  }
  const canPay = order.status === 'UNPAID' && order.supportedPaymentMethods.length > 0;
  return (
    <>
      <section data-testid="order">
        <h2>
          {text.orderNo} <code data-testid="order-no">{order.orderNo}</code>
        </h2>
        <dl>
          <dt>{text.status}</dt>
          <dd data-testid="order-status">{order.status}</dd>
          <dt>{text.total}</dt>
          <dd>
            {order.totalPrice ? `${order.totalPrice.amount} ${order.totalPrice.currency}` : '—'}
          </dd>
          <dt>{text.deadline}</dt>
          <dd>{order.paymentDeadline ? new Date(order.paymentDeadline).toLocaleString() : '—'}</dd>
          <dt>{text.methods}</dt>
          <dd>{order.supportedPaymentMethods.join(', ') || '—'}</dd>
          {order.replacedBy && (
            <>
              <dt>{text.replacedBy}</dt>
              <dd>
                <button type="button" onClick={() => onOpenOrder(order.replacedBy!.orderNo)}>
                  {order.replacedBy.orderNo}
                </button>
              </dd>
            </>
          )}
        </dl>
        <Guidance
          guidance={order.recovery.guidance}
          text={text}
          actionable={ACTIONABLE}
          onAction={onAction}
        />
        <button type="button" onClick={onBack}>
          {text.back}
        </button>
      </section>
      {canPay && (
        <PayForm
          text={text}
          methods={order.supportedPaymentMethods}
          method={method}
          onMethod={setChosenMethod}
          card={card}
          onCard={setCard}
          cardNumberInput={cardNumberInput}
          paying={paying.loading}
          onPay={() => void pay()}
        />
      )}
      {confirmationUrl && (
        <section data-testid="confirmation">
          <p>{text.confirmHere}</p>
          <iframe title="confirmation" src={confirmationUrl} />
          <button type="button" data-testid="confirmed-pay" onClick={() => void pay()}>
            {text.confirmedPayNow}
          </button>
        </section>
      )}
      {outcome && (
        <section className={outcome.failed ? 'failure' : 'success'} data-testid="outcome">
          <h3 data-testid="outcome-typename">{outcome.typename}</h3>
          {!outcome.failed && <p>{text.accepted}</p>}
          {outcome.issues.length > 0 && (
            <ul>
              {outcome.issues.map((issue) => (
                <li key={issue.field}>
                  <code>{issue.field}</code>: {issue.message}
                </li>
              ))}
            </ul>
          )}
          <Guidance
            guidance={outcome.guidance}
            text={text}
            actionable={ACTIONABLE}
            onAction={onAction}
          />
        </section>
      )}
      {following && (
        <Ticketing
          orderNo={orderNo}
          language={language}
          text={text}
          actionable={ACTIONABLE}
          onAction={onAction}
          onFinal={onFinal}
        />
      )}
    </>
  );
}

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AMEX, card, MASTERCARD, MOR_VISA } from '../support/cards';
import { Stack, startStack } from '../support/stack';

const PAY = `mutation Pay($input: PayOrderInput!) {
  payOrder(input: $input) {
    __typename
    ... on PaymentAccepted { orderNo paymentMethod atlasStatus cardLast4 guidance { nextActions } order { status paymentMethod } }
    ... on PaymentFailure { code atlasStatus retryable decidedBy message orderNo guidance { summary steps nextActions locale } }
    ... on InvalidPaymentRequest { issues { field message } }
  }
}`;

interface Result {
  __typename: string;
  code?: string;
  atlasStatus: number | null;
  retryable?: boolean;
  decidedBy?: string;
  message: string;
  guidance: { summary?: string; steps?: string[]; nextActions: string[]; locale?: string };
  issues?: { field: string; message: string }[];
  order?: { status: string; paymentMethod: string } | null;
  cardLast4?: string | null;
}

describe('payOrder over HTTP against the simulator', () => {
  let stack: Stack;
  const pay = async (
    input: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Result> => {
    const response = await stack.gql(PAY, { input }, headers);
    assert.equal(response.body.errors, undefined, response.text);
    return (response.body.data as { payOrder: Result }).payOrder;
  };
  const payCalls = async (orderNo: string) =>
    (await stack.calls('pay.do')).filter((c) => c.orderNo === orderNo).length;

  before(async () => {
    stack = await startStack({ payTimeoutMs: 500 });
  });
  after(() => stack.close());
  beforeEach(() => stack.control('DELETE', '/_sim/faults'));

  it('returns PaymentAccepted for a deposit payment and shows the order as TICKETING, not ticketed', async () => {
    const orderNo = await stack.createOrder();
    const result = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
    assert.equal(result.__typename, 'PaymentAccepted');
    assert.equal(result.atlasStatus, 0);
    assert.deepEqual(result.guidance.nextActions, ['WAIT_FOR_TICKETING', 'QUERY_ORDER']);
    assert.deepEqual(result.order, { status: 'TICKETING', paymentMethod: 'DEPOSIT' });
  });

  it('returns PaymentAccepted for VCC with only the last four digits of the card, paid as Atlas method 3', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const result = await pay({ orderNo, paymentMethod: 'VCC', card: card() });
    assert.equal(result.__typename, 'PaymentAccepted');
    assert.equal(result.cardLast4, '0366');
    assert.equal(
      (await stack.control<{ paymentMethod: number }>('GET', `/_sim/orders/${orderNo}`))
        .paymentMethod,
      3,
    );
  });

  const atlasCases: {
    member: string;
    status: number;
    spec: Record<string, unknown>;
    input?: Record<string, unknown>;
    nextAction: string;
    retryable: boolean;
  }[] = [
    {
      member: 'PaymentInProgress',
      status: 406,
      spec: { externalPaymentForMs: 60_000 },
      nextAction: 'WAIT_FOR_TICKETING',
      retryable: false,
    },
    {
      member: 'PassengerDataInvalid',
      status: 407,
      spec: { passengers: [{ birthday: null }] },
      nextAction: 'FIX_PASSENGER_DATA',
      retryable: false,
    },
    {
      member: 'UnaccompaniedMinor',
      status: 408,
      spec: { passengers: [{ passengerType: 1 }] },
      nextAction: 'REBOOK',
      retryable: false,
    },
    {
      member: 'BaggageSegmentMismatch',
      status: 409,
      spec: { passengers: [{ ancillaries: [{ productCode: 'BAG20', segmentIndex: 2 }] }] },
      nextAction: 'REBOOK',
      retryable: false,
    },
    {
      member: 'ContactInfoInvalid',
      status: 410,
      spec: { contact: { mobile: '81234567' } },
      nextAction: 'REBOOK',
      retryable: false,
    },
    {
      member: 'PaymentGatewayError',
      status: 411,
      spec: { totalPrice: 5_000_000 },
      nextAction: 'CHECK_DEPOSIT_BALANCE',
      retryable: true,
    },
    {
      member: 'CardBrandNotSupported',
      status: 413,
      spec: { supportPaymentMethods: [5] },
      input: { paymentMethod: 'MOR', card: card({ number: AMEX, cvv: '1234' }) },
      nextAction: 'USE_ANOTHER_CARD',
      retryable: true,
    },
    {
      member: 'CardBrandMismatch',
      status: 414,
      spec: { supportPaymentMethods: [5], declaredCardBrand: 'Visa' },
      input: { paymentMethod: 'MOR', card: card({ number: MASTERCARD }) },
      nextAction: 'USE_ANOTHER_CARD',
      retryable: true,
    },
    {
      member: 'OrderNotConfirmed',
      status: 415,
      spec: { carrier: 'FR' },
      nextAction: 'CONFIRM_ORDER',
      retryable: true,
    },
  ];

  for (const { member, status, spec, input, nextAction, retryable } of atlasCases) {
    it(`returns ${member} with ${nextAction} when Atlas answers ${status}`, async () => {
      const orderNo = await stack.createOrder(spec);
      const result = await pay({ orderNo, paymentMethod: 'DEPOSIT', ...input });
      assert.equal(result.__typename, member);
      assert.equal(result.atlasStatus, status);
      assert.equal(result.decidedBy, 'ATLAS');
      assert.equal(result.retryable, retryable);
      assert.ok(result.guidance.nextActions.includes(nextAction));
      assert.ok(result.guidance.steps!.length > 0);
    });
  }

  const precheckCases: {
    member: string;
    spec: Record<string, unknown>;
    input?: Record<string, unknown>;
    nextAction: string;
  }[] = [
    {
      member: 'PaymentDeadlinePassed',
      spec: { deadlineInSeconds: -5 },
      nextAction: 'REGENERATE_ORDER',
    },
    {
      member: 'OrderAlreadyPaid',
      spec: { state: 'TICKETING', ticketingDelayMs: 600_000 },
      nextAction: 'WAIT_FOR_TICKETING',
    },
    { member: 'OrderNotPayable', spec: { state: 'TICKETED' }, nextAction: 'QUERY_ORDER' },
    { member: 'OrderNotPayable', spec: { state: 'CANCELLED' }, nextAction: 'REGENERATE_ORDER' },
    {
      member: 'PaymentMethodNotSupported',
      spec: { supportPaymentMethods: [1] },
      input: { paymentMethod: 'VCC', card: card() },
      nextAction: 'SWITCH_PAYMENT_METHOD',
    },
    {
      member: 'NoPaymentMethodAvailable',
      spec: { supportPaymentMethods: [] },
      nextAction: 'REBOOK',
    },
  ];

  for (const { member, spec, input, nextAction } of precheckCases) {
    it(`returns ${member} from the pre-check without calling pay.do (${JSON.stringify(spec)})`, async () => {
      const orderNo = await stack.createOrder(spec);
      const result = await pay({ orderNo, paymentMethod: 'DEPOSIT', ...input });
      assert.equal(result.__typename, member);
      assert.equal(result.atlasStatus, null);
      assert.equal(result.decidedBy, 'PRE_CHECK');
      assert.ok(result.guidance.nextActions.includes(nextAction));
      assert.equal(await payCalls(orderNo), 0);
    });
  }

  it("returns PaymentDeadlinePassed from Atlas (401) when Atlas's clock says the deadline passed", async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/clock', { advanceMs: 31 * 60_000 });
    const result = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
    assert.equal(result.__typename, 'PaymentDeadlinePassed');
    assert.equal(result.atlasStatus, 401);
    assert.equal(result.retryable, false);
  });

  it('returns OrderNotFound for an order Atlas does not know, without calling pay.do', async () => {
    const result = await pay({ orderNo: 'TESTZ20990101000000000', paymentMethod: 'DEPOSIT' });
    assert.equal(result.__typename, 'OrderNotFound');
    assert.equal(await payCalls('TESTZ20990101000000000'), 0);
  });

  it('returns InvalidPaymentRequest with one issue per field and sends nothing to Atlas', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3, 5] });
    const result = await pay({
      orderNo,
      paymentMethod: 'VCC',
      card: card({
        number: '4532015112830367',
        cvv: null,
        expiryMonth: '13',
        holderLastName: '',
        threeDSIp: '10.0.0.1',
        billingAddress: { country: 'XX', province: 'California' },
      }),
    });
    assert.equal(result.__typename, 'InvalidPaymentRequest');
    assert.equal(result.decidedBy, 'INPUT_CHECK');
    assert.equal(result.retryable, true);
    assert.deepEqual(
      result.issues!.map((issue) => issue.field).sort(),
      [
        'card.billingAddress.country',
        'card.billingAddress.province',
        'card.expiryMonth',
        'card.holderLastName',
        'card.number',
      ].sort(),
    );
    assert.equal(await payCalls(orderNo), 0);
    assert.equal(
      (await stack.calls('queryOrderDetails.do')).filter((c) => c.orderNo === orderNo).length,
      0,
    );
  });

  it('returns InvalidPaymentRequest for cross-field rules: card missing, expired, CVV for VCC, threeDSIp outside MoR', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const missing = await pay({ orderNo, paymentMethod: 'VCC' });
    assert.deepEqual(missing.issues, [{ field: 'card', message: 'is required for VCC payments' }]);
    const rules = await pay({
      orderNo,
      paymentMethod: 'VCC',
      card: card({ cvv: null, expiryYear: '2020', threeDSIp: '10.0.0.1' }),
    });
    assert.deepEqual(rules.issues!.map((i) => i.field).sort(), [
      'card.cvv',
      'card.expiryMonth',
      'card.threeDSIp',
    ]);
    const cardOnDeposit = await pay({ orderNo, paymentMethod: 'DEPOSIT', card: card() });
    assert.equal(cardOnDeposit.issues![0]!.field, 'card');
  });

  it('returns InvalidPaymentRequest with Atlas status 400 when Atlas rejects the request', async () => {
    const orderNo = await stack.createOrder({ supportPaymentMethods: [5] });
    const result = await pay({
      orderNo,
      paymentMethod: 'MOR',
      card: card({ number: MOR_VISA, cvv: null, reusable: true }),
    });
    assert.equal(result.__typename, 'InvalidPaymentRequest');
    assert.equal(result.atlasStatus, 400);
    assert.equal(result.decidedBy, 'ATLAS');
  });

  for (const kind of ['timeout', 'reset', 'http-error', 'garbage'] as const) {
    it(`returns PaymentOutcomeUnknown with QUERY_ORDER and never retries when pay.do's answer is lost (${kind})`, async () => {
      const orderNo = await stack.createOrder();
      await stack.control('POST', '/_sim/faults', {
        endpoint: 'pay.do',
        kind,
        afterProcessing: true,
      });
      const result = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(result.__typename, 'PaymentOutcomeUnknown');
      assert.equal(result.decidedBy, 'TRANSPORT');
      assert.equal(result.retryable, false);
      assert.deepEqual(result.guidance.nextActions, ['QUERY_ORDER']);
      assert.equal(await payCalls(orderNo), 1);
      const order = await stack.gql(`{ order(orderNo: "${orderNo}") { status } }`);
      const { status } = (order.body.data as { order: { status: string } }).order;
      assert.ok(
        ['TICKETING', 'TICKETED'].includes(status),
        `the payment went through, order is ${status}`,
      );
    });
  }

  const statusOnlyCases: {
    member: string;
    status: number;
    code: string;
    retryable: boolean;
    nextAction: string;
    why: string;
  }[] = [
    {
      member: 'PaymentOutcomeUnknown',
      status: 9999,
      code: 'OUTCOME_UNKNOWN',
      retryable: false,
      nextAction: 'QUERY_ORDER',
      why: 'a generic system error',
    },
    {
      member: 'AirlinePnrPending',
      status: 615,
      code: 'AIRLINE_PNR_PENDING',
      retryable: false,
      nextAction: 'WAIT_FOR_TICKETING',
      why: 'paid, airline PNR pending',
    },
    {
      member: 'UnrecognizedPaymentFailure',
      status: 416,
      code: 'UNRECOGNIZED',
      retryable: false,
      nextAction: 'QUERY_ORDER',
      why: 'a status Atlas adds later',
    },
  ];

  for (const { member, status, code, retryable, nextAction, why } of statusOnlyCases) {
    it(`returns ${member} with ${nextAction} and the raw status when pay.do answers ${status} (${why})`, async () => {
      const orderNo = await stack.createOrder();
      await stack.control('POST', '/_sim/faults', {
        endpoint: 'pay.do',
        kind: 'status',
        atlasStatus: status,
      });
      const result = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
      assert.equal(result.__typename, member);
      assert.equal(result.code, code);
      assert.equal(result.atlasStatus, status);
      assert.equal(result.retryable, retryable);
      assert.ok(result.guidance.nextActions.includes(nextAction));
    });
  }

  it('returns AtlasUnavailable and sends no payment when the order cannot be read before paying', async () => {
    const orderNo = await stack.createOrder();
    await stack.control('POST', '/_sim/faults', {
      endpoint: 'queryOrderDetails.do',
      kind: 'http-error',
      httpStatus: 503,
      times: 3,
    });
    const result = await pay({ orderNo, paymentMethod: 'DEPOSIT' });
    assert.equal(result.__typename, 'AtlasUnavailable');
    assert.equal(result.retryable, true);
    assert.equal(await payCalls(orderNo), 0);
  });

  it('answers in Simplified Chinese from Accept-Language, and in the input locale when given', async () => {
    const orderNo = await stack.createOrder({ deadlineInSeconds: -5 });
    const zh = await pay(
      { orderNo, paymentMethod: 'DEPOSIT' },
      { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' },
    );
    assert.equal(zh.guidance.locale, 'ZH_CN');
    assert.match(zh.message, /支付时限/);
    const en = await pay(
      { orderNo, paymentMethod: 'DEPOSIT', locale: 'EN' },
      { 'accept-language': 'zh-CN' },
    );
    assert.equal(en.guidance.locale, 'EN');
  });
});

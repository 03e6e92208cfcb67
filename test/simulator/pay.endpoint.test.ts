import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIMULATOR_CREDENTIALS } from '../../src/config';
import { createSimulator, Simulator } from '../../src/simulator/simulator.server';
import { atlasPost } from '../support/atlas-http';
import { AMEX, MASTERCARD, MOR_VISA, VISA_VCC } from '../support/cards';

/** The simulator alone against payment.md: every pay.do status from real order state. */

const vccCard = (overrides: Record<string, unknown> = {}) => ({
  cardNumber: VISA_VCC,
  cardCVV: '123',
  cardExpireMonth: '12',
  cardExpireYear: '30',
  cardHolderFirstName: 'JANE',
  cardHolderLastName: 'DOE',
  ...overrides,
});

describe('simulator pay.do', () => {
  let simulator: Simulator;
  let url: string;
  const order = (spec: Parameters<Simulator['store']['createOrder']>[0] = {}) =>
    simulator.store.createOrder(spec).orderNo;
  const pay = (body: Record<string, unknown>) => atlasPost(url, 'pay.do', body);

  before(async () => {
    simulator = createSimulator({
      ...SIMULATOR_CREDENTIALS,
      ticketingDelayMs: 1000,
      depositBalance: 10_000,
    });
    url = await simulator.listen(0);
  });
  after(() => simulator.close());

  const statusCases: { name: string; status: number; setup: () => Record<string, unknown> }[] = [
    {
      name: 'accepts a deposit payment with 0',
      status: 0,
      setup: () => ({ orderNo: order(), paymentMethod: 1 }),
    },
    {
      name: 'answers 400 when paymentMethod is missing',
      status: 400,
      setup: () => ({ orderNo: order() }),
    },
    {
      name: 'answers 400 for a card failing Luhn',
      status: 400,
      setup: () => ({
        orderNo: order(),
        paymentMethod: 3,
        creditCard: vccCard({ cardNumber: '4532015112830367' }),
      }),
    },
    {
      name: 'answers 400 for a VCC payment without CVV',
      status: 400,
      setup: () => ({ orderNo: order(), paymentMethod: 3, creditCard: vccCard({ cardCVV: null }) }),
    },
    {
      name: 'answers 400 for a first-time MoR card without CVV',
      status: 400,
      setup: () => ({
        orderNo: order({ supportPaymentMethods: [5] }),
        paymentMethod: 5,
        creditCard: vccCard({ cardNumber: MOR_VISA, cardCVV: null }),
      }),
    },
    {
      name: 'answers 400 for an unknown order',
      status: 400,
      setup: () => ({ orderNo: 'TESTZ20990101000000000', paymentMethod: 1 }),
    },
    {
      name: 'answers 401 after the payment deadline',
      status: 401,
      setup: () => ({ orderNo: order({ deadlineInSeconds: -1 }), paymentMethod: 1 }),
    },
    {
      name: 'answers 402 for a ticketed order',
      status: 402,
      setup: () => ({ orderNo: order({ state: 'TICKETED' }), paymentMethod: 1 }),
    },
    {
      name: 'answers 402 for a cancelled order',
      status: 402,
      setup: () => ({ orderNo: order({ state: 'CANCELLED' }), paymentMethod: 1 }),
    },
    {
      name: 'answers 403 for a method the fare does not list',
      status: 403,
      setup: () => ({
        orderNo: order({ supportPaymentMethods: [1] }),
        paymentMethod: 3,
        creditCard: vccCard(),
      }),
    },
    {
      name: 'answers 404 for an order already paid and ticketing',
      status: 404,
      setup: () => ({ orderNo: order({ state: 'TICKETING' }), paymentMethod: 1 }),
    },
    {
      name: 'answers 406 while another payment is running',
      status: 406,
      setup: () => ({ orderNo: order({ externalPaymentForMs: 60_000 }), paymentMethod: 1 }),
    },
    {
      name: 'answers 407 when a passenger has no travel document',
      status: 407,
      setup: () => ({ orderNo: order({ passengers: [{ cardNum: null }] }), paymentMethod: 1 }),
    },
    {
      name: 'answers 408 for a child without an adult',
      status: 408,
      setup: () => ({ orderNo: order({ passengers: [{ passengerType: 1 }] }), paymentMethod: 1 }),
    },
    {
      name: 'answers 409 for baggage on one connecting segment only',
      status: 409,
      setup: () => ({
        orderNo: order({
          passengers: [{ ancillaries: [{ productCode: 'BAG20', segmentIndex: 1 }] }],
        }),
        paymentMethod: 1,
      }),
    },
    {
      name: 'answers 410 for a contact phone not in CCCC-NNNNNNNN',
      status: 410,
      setup: () => ({ orderNo: order({ contact: { mobile: '+65 81234567' } }), paymentMethod: 1 }),
    },
    {
      name: 'answers 411 when the deposit cannot cover the order',
      status: 411,
      setup: () => ({ orderNo: order({ totalPrice: 50_000 }), paymentMethod: 1 }),
    },
    {
      name: 'answers 412 when the order has no payment method',
      status: 412,
      setup: () => ({ orderNo: order({ supportPaymentMethods: [] }), paymentMethod: 1 }),
    },
    {
      name: 'answers 413 for an MoR card brand Atlas does not take',
      status: 413,
      setup: () => ({
        orderNo: order({ supportPaymentMethods: [5] }),
        paymentMethod: 5,
        creditCard: vccCard({ cardNumber: AMEX, cardCVV: '1234' }),
      }),
    },
    {
      name: 'answers 414 when the brand differs from the one declared at order.do',
      status: 414,
      setup: () => ({
        orderNo: order({ supportPaymentMethods: [5], declaredCardBrand: 'Visa' }),
        paymentMethod: 5,
        creditCard: vccCard({ cardNumber: MASTERCARD }),
      }),
    },
    {
      name: 'answers 415 for an unconfirmed Ryanair order',
      status: 415,
      setup: () => ({ orderNo: order({ carrier: 'FR' }), paymentMethod: 1 }),
    },
  ];

  for (const { name, status, setup } of statusCases) {
    it(name, async () => {
      const answer = await pay(setup());
      assert.equal(answer.httpStatus, 200);
      assert.equal(answer.json.status, status, String(answer.json.msg));
      assert.equal(typeof answer.json.msg, 'string');
    });
  }

  it('accepts a Ryanair order once the traveller confirmed it', async () => {
    const orderNo = order({ carrier: 'FR' });
    await atlasPost(url, 'orderCommit.do', { orderNo, iframe: 'true' });
    assert.equal(simulator.store.confirm(orderNo).kind, 'confirmed');
    assert.equal((await pay({ orderNo, paymentMethod: 1 })).json.status, 0);
  });

  it('lets a reused MoR card omit its CVV', async () => {
    const card = vccCard({ cardNumber: MOR_VISA });
    const payMor = async (creditCard: Record<string, unknown>) =>
      (await pay({ orderNo: order({ supportPaymentMethods: [5] }), paymentMethod: 5, creditCard }))
        .json.status;
    assert.equal(await payMor(card), 0);
    assert.equal(await payMor({ ...card, cardCVV: null }), 0);
  });

  it('answers 406 to a second pay.do while the first is still processing', async () => {
    const orderNo = order({ paymentProcessingMs: 300 });
    const [first, second] = await Promise.all([
      pay({ orderNo, paymentMethod: 1 }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        pay({ orderNo, paymentMethod: 1 }),
      ),
    ]);
    assert.equal(first.json.status, 0);
    assert.equal(second.json.status, 406);
  });

  it('echoes the order, method, pnrCode and airlines on success', async () => {
    const orderNo = order();
    const { json } = await pay({
      orderNo,
      paymentMethod: 3,
      supportCreditTransPayment: '1',
      creditCard: vccCard(),
    });
    assert.equal(json.orderNo, orderNo);
    assert.equal(json.paymentMethod, 3);
    assert.match(String(json.pnrCode), /^[A-Z0-9]{6}$/);
    assert.deepEqual(json.airlines, ['5J']);
  });

  it('deducts a deposit payment from the balance and refuses once it runs out', async () => {
    simulator.store.setDepositBalance(500);
    assert.equal((await pay({ orderNo: order(), paymentMethod: 1 })).json.status, 0);
    assert.equal(simulator.store.depositBalance(), 197.65);
    assert.equal((await pay({ orderNo: order(), paymentMethod: 1 })).json.status, 411);
    simulator.store.setDepositBalance(10_000);
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, TestContext } from 'node:test';
import { Browser, Page } from 'playwright-core';
import { seededOrderNo } from '../../src/simulator/sim.seed';
import { launchChromium, localPage, screenshot } from '../support/browser';
import { NpmStart, startLikeNpmStart } from '../support/npm-start';

const DEPOSIT_ONLY = seededOrderNo(0);
const VCC_CAPABLE = seededOrderNo(1);
const RYANAIR = seededOrderNo(3);
const DEADLINE_PASSED = seededOrderNo(5);
/** Ticketing has to end within the test; every wait below is on the page, bounded by this. */
const TICKETING_DELAY_MS = 1_500;
const WAIT = { timeout: 30_000 };

describe('the reference checkout at /checkout, in Chromium, on npm start', () => {
  let root: string;
  let gateway: NpmStart;
  let browser: Browser | null = null;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-checkout-'));
    gateway = await startLikeNpmStart(join(root, 'data'), {
      SIMULATOR_TICKETING_DELAY_MS: String(TICKETING_DELAY_MS),
    });
  });
  after(async () => {
    await browser?.close();
    await gateway.close();
    await rm(root, { recursive: true, force: true });
  });

  /** A fresh page on the checkout; null when there is no Chromium. */
  const openCheckout = async (t: TestContext) => {
    browser ??= await launchChromium(t);
    if (!browser) return null;
    assert.ok(gateway.checkoutUrl, 'npm start built and served the checkout');
    const origins = [new URL(gateway.url).origin, new URL(gateway.simUrl).origin];
    const opened = await localPage(browser, origins);
    await opened.page.goto(gateway.checkoutUrl);
    return opened;
  };
  /** The checkout with one seeded order open. */
  const openOrder = async (t: TestContext, orderNo: string) => {
    const opened = await openCheckout(t);
    if (!opened) return null;
    await opened.page.getByTestId(`seed-${orderNo}`).click();
    await opened.page.getByTestId('order-status').filter({ hasText: 'UNPAID' }).waitFor(WAIT);
    return opened;
  };
  const text = (page: Page, testId: string) => page.getByTestId(testId).first().innerText();

  it('pays a deposit and follows ticketing live to TICKETED', async (t) => {
    const opened = await openOrder(t, DEPOSIT_ONLY);
    if (!opened) return;
    const { page, outside, errors } = opened;
    assert.equal(await page.getByTestId('method').inputValue(), 'DEPOSIT');
    await page.getByTestId('pay').click();
    await page.getByTestId('outcome-typename').filter({ hasText: 'PaymentAccepted' }).waitFor(WAIT);
    await page.getByTestId('ticketing-status').filter({ hasText: 'TICKETED' }).waitFor(WAIT);
    await page.getByTestId('order-status').filter({ hasText: 'TICKETED' }).waitFor(WAIT);
    assert.match(await text(page, 'tickets'), /\d{13}/);
    await screenshot(page, 'checkout-deposit-ticketed');
    assert.deepEqual({ outside, errors }, { outside: [], errors: [] });
  });

  it('recovers from a card the airline declines (604): regenerate, pay by deposit, TICKETED', async (t) => {
    const opened = await openOrder(t, VCC_CAPABLE);
    if (!opened) return;
    const { page, errors } = opened;
    await page.getByTestId('method').selectOption('VCC');
    await page.getByTestId('card-holderFirstName').fill('Reject');
    await page.getByTestId('pay').click();
    await page.getByTestId('outcome-typename').filter({ hasText: 'PaymentAccepted' }).waitFor(WAIT);
    await page.getByTestId('ticketing-status').filter({ hasText: 'CANCELLED' }).waitFor(WAIT);
    assert.match(await text(page, 'ticketing-failure'), /declined the payment card\. \(604\)/);
    await screenshot(page, 'checkout-vcc-declined-604');

    await page
      .getByTestId('ticketing-failure')
      .locator('..')
      .getByTestId('action-REGENERATE_ORDER')
      .click();
    await page.getByTestId('order-no').filter({ hasNotText: VCC_CAPABLE }).waitFor(WAIT);
    const replacement = await text(page, 'order-no');
    assert.equal(
      await page.getByTestId('method').inputValue(),
      'DEPOSIT',
      'deposit first after a decline',
    );
    await page.getByTestId('pay').click();
    await page.getByTestId('ticketing-status').filter({ hasText: 'TICKETED' }).waitFor(WAIT);
    await screenshot(page, 'checkout-regenerated-deposit-ticketed');

    await page.getByRole('button', { name: 'Other order' }).click();
    await page.getByTestId(`seed-${VCC_CAPABLE}`).click();
    await page.getByTestId('order-status').filter({ hasText: 'CANCELLED' }).waitFor(WAIT);
    assert.equal(
      await page.getByRole('button', { name: replacement }).count(),
      1,
      'the declined order points at the order that replaced it',
    );
    await page.getByTestId('order').getByTestId('action-PAY_ORDER').click();
    await page.getByTestId('order-no').filter({ hasText: replacement }).waitFor(WAIT);
    assert.deepEqual(errors, []);
  });

  it('has the Ryanair traveller confirm on the airline page, then pays to TICKETED', async (t) => {
    const opened = await openOrder(t, RYANAIR);
    if (!opened) return;
    const { page, errors } = opened;
    await page.getByTestId('pay').click();
    await page
      .getByTestId('outcome-typename')
      .filter({ hasText: 'OrderNotConfirmed' })
      .waitFor(WAIT);
    await page.getByTestId('outcome').getByTestId('action-CONFIRM_ORDER').click();
    const confirmation = page.frameLocator('iframe[title="confirmation"]');
    await confirmation.getByRole('button', { name: /confirm/i }).click();
    await confirmation.getByText('Confirmed.').waitFor(WAIT);
    await page.getByTestId('confirmed-pay').click();
    await page.getByTestId('outcome-typename').filter({ hasText: 'PaymentAccepted' }).waitFor(WAIT);
    await page.getByTestId('ticketing-status').filter({ hasText: 'TICKETED' }).waitFor(WAIT);
    await screenshot(page, 'checkout-ryanair-confirmed-ticketed');
    assert.deepEqual(errors, []);
  });

  it('speaks Chinese: guidance from the gateway and the screen’s own words', async (t) => {
    const opened = await openOrder(t, DEADLINE_PASSED);
    if (!opened) return;
    const { page, errors } = opened;
    await page.getByTestId('language').click();
    await page.getByTestId('pay').filter({ hasText: '支付' }).click();
    await page
      .getByTestId('outcome-typename')
      .filter({ hasText: 'PaymentDeadlinePassed' })
      .waitFor(WAIT);
    assert.match(await text(page, 'outcome'), /[\u4e00-\u9fff]/);
    assert.equal(
      await page.getByTestId('action-REGENERATE_ORDER').first().innerText(),
      '重新生成订单',
    );
    await screenshot(page, 'checkout-zh-deadline-passed');
    assert.deepEqual(errors, []);
  });

  it('books a new trip (search, price, create) and pays it by deposit to TICKETED', async (t) => {
    const opened = await openCheckout(t);
    if (!opened) return;
    const { page, errors } = opened;
    await page.getByTestId('book').click();
    await page.getByTestId('order-status').filter({ hasText: 'UNPAID' }).waitFor(WAIT);
    assert.doesNotMatch(await text(page, 'order-no'), /^TESTS/, 'a new order, not a seeded one');
    await page.getByTestId('pay').click();
    await page.getByTestId('ticketing-status').filter({ hasText: 'TICKETED' }).waitFor(WAIT);
    await screenshot(page, 'checkout-booked-ticketed');
    assert.deepEqual(errors, []);
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, localPage, screenshot } from '../support/browser';
import { NpmStart, startLikeNpmStart } from '../support/npm-start';

describe('GraphiQL at /graphiql, in Chromium with no internet', () => {
  let root: string;
  let gateway: NpmStart;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-graphiql-'));
    gateway = await startLikeNpmStart(join(root, 'data'));
  });
  after(async () => {
    await gateway.close();
    await rm(root, { recursive: true, force: true });
  });

  it('loads from the installed package only and runs a query with the demo partner’s key', async (t) => {
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const origin = new URL(gateway.url).origin;
      const { page, outside, errors } = await localPage(browser, [origin]);
      const query = '{ paymentGuidance(code: ORDER_NOT_FOUND) { summary nextActions } }';
      await page.goto(`${origin}/graphiql?query=${encodeURIComponent(query)}`);
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await result.filter({ hasText: 'nextActions' }).waitFor({ timeout: 30_000 });
      assert.match(await result.innerText(), /"summary": "Atlas does not know this order number/);
      await screenshot(page, 'graphiql-offline');
      assert.deepEqual({ outside, errors }, { outside: [], errors: [] });
    } finally {
      await browser.close();
    }
  });
});

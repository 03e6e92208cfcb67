import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TestContext } from 'node:test';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH for another. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the final screen of each browser test is kept for people to look at (git-ignored). */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * Chromium, headless, or null with the test skipped and saying why. In CI a missing browser is a
 * failure, never a skip: .ci/services installs it.
 */
export async function launchChromium(t: TestContext): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') {
      throw new Error(
        `Chromium is required in CI and is not at ${CHROMIUM} (apt install chromium)`,
      );
    }
    t.skip(`no Chromium at ${CHROMIUM} (apt install chromium): browser tests skipped`);
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without these, Chromium reaches for Google's hosts at start-up; this machine's network is closed.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A page that may reach only the gateway and its simulator: anything else is refused and
 * recorded, so a test can assert nothing came from the internet. Page errors are recorded too.
 */
export async function localPage(
  browser: Browser,
  allowedOrigins: readonly string[],
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || allowedOrigins.includes(new URL(url).origin)) {
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, outside, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

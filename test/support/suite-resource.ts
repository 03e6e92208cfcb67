import { after, before, TestContext } from 'node:test';

/**
 * Inside a describe: opens what the suite tests before its first test and closes it after its last.
 * Each test takes the part it uses (`pick`) with the function returned, which skips the test where
 * `open` found nothing to open here (null: no PostgreSQL outside CI).
 */
export function suiteResource<T extends { close(): Promise<void> }, U>(
  name: string,
  open: () => Promise<T | null>,
  pick: (opened: T) => U,
): (t: TestContext) => U | null {
  let opened: T | null = null;
  before(async () => {
    opened = await open();
  });
  after(() => opened?.close());
  return (t) => {
    if (!opened) t.skip(`${name} is not available here`);
    return opened ? pick(opened) : null;
  };
}

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NpmStart, startLikeNpmStart } from '../support/npm-start';
import { postGraphQL } from '../support/stack';

const STATUS = `query S($o: ID!) { order(orderNo: $o) { status } }`;

describe('npm start on the simulator, with no PARTNERS_FILE and no data folder yet', () => {
  let dataDir: string;
  let first: NpmStart;
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-demo-'));
    // A folder that does not exist yet, like ./data in a fresh checkout.
    dataDir = join(root, 'data');
    first = await startLikeNpmStart(dataDir);
  });
  after(async () => {
    await first.close();
    await rm(root, { recursive: true, force: true });
  });

  it('prints two demo partners, and the seeded orders belong to demo-web', async () => {
    const web = { authorization: `Bearer ${first.keys.get('demo-web')}` };
    const office = { authorization: `Bearer ${first.keys.get('demo-backoffice')}` };
    assert.ok(first.seeded.length > 0);
    const seeded = first.seeded[0]!;
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: seeded }, web)).body.data, {
      order: { status: 'UNPAID' },
    });
    assert.equal(
      (await postGraphQL(first.url, STATUS, { o: seeded }, { authorization: '' })).httpStatus,
      401,
    );

    const made = await fetch(new URL('/_sim/orders', first.simUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { orderNo } = (await made.json()) as { orderNo: string };
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: orderNo }, web)).body.data, {
      order: null,
    });
    assert.deepEqual((await postGraphQL(first.url, STATUS, { o: orderNo }, office)).body.data, {
      order: { status: 'UNPAID' },
    });
  });

  it('starts Sandbox with demo-web’s key, so the walkthrough works by copy-paste', async () => {
    const page = await fetch(first.url, { headers: { accept: 'text/html' } });
    assert.ok((await page.text()).includes(first.keys.get('demo-web')!));
  });

  it('keeps the demo keys across a restart on the same DATA_DIR', async () => {
    await first.close();
    const again = await startLikeNpmStart(dataDir);
    try {
      assert.deepEqual([...again.keys], [...first.keys]);
    } finally {
      await again.close();
    }
  });
});

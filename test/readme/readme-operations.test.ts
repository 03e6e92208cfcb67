import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { NpmStart, startLikeNpmStart } from '../support/npm-start';
import { postGraphQL } from '../support/stack';

/**
 * Every GraphQL operation in README.md, run exactly as written, in the README's order, against
 * `npm start`'s seeded simulator; each is followed by `<!-- readme-test: {…} -->` saying what it
 * answers:
 * - `expect`: the answer, matched partially (objects: the keys given; lists: every item, in order;
 *   "<any>": anything but null);
 * - `eventually`: asked again until it matches (ticketing takes time), for at most WAIT_MS;
 * - `save` / `variables`: keeps an answer under a name; "$name.path.to.value" reads it back, for the
 *   variables a person would type into Sandbox's panel;
 * - `headers`: sent as well (Sandbox's headers panel).
 */
const README = join(__dirname, '..', '..', 'README.md');
const WAIT_MS = 30_000;

interface Run {
  expect: unknown;
  eventually?: boolean;
  save?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Example {
  document: string;
  run: Run;
  heading: string;
}

async function readExamples(): Promise<{
  examples: Example[];
  unannotated: number;
  inline: string[];
}> {
  const text = await readFile(README, 'utf8');
  const examples: Example[] = [];
  let heading = '';
  let unannotated = 0;
  const block = /^```graphql\n([\s\S]*?)^```\n(?:\n<!-- readme-test: (.*) -->\n)?/gm;
  const headings = [...text.matchAll(/^#+ (.*)$/gm)];
  for (const match of text.matchAll(block)) {
    heading = headings.filter((h) => h.index! < match.index!).at(-1)?.[1] ?? heading;
    if (!match[2]) {
      unannotated += 1;
      continue;
    }
    examples.push({ document: match[1]!, run: JSON.parse(match[2]) as Run, heading });
  }
  // An operation in running text cannot be checked: it belongs in a block of its own.
  const prose = text.replace(/^```[\s\S]*?^```$/gm, '');
  const inline = [...prose.matchAll(/`((?:query|mutation|subscription)\b[^`]*\{[^`]*)`/g)].map(
    (m) => m[1]!,
  );
  return { examples, unannotated, inline };
}

/** Where `actual` differs from `expected`, or null when it matches. */
function mismatch(actual: unknown, expected: unknown, path = '$'): string | null {
  if (expected === '<any>') return actual === null || actual === undefined ? path : null;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path} (length)`;
    for (const [index, item] of expected.entries()) {
      const found = mismatch(actual[index], item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return path;
    for (const [key, value] of Object.entries(expected)) {
      const found = mismatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return actual === expected ? null : path;
}

function resolveVariables(
  variables: Record<string, unknown> | undefined,
  saved: Map<string, unknown>,
): Record<string, unknown> | undefined {
  if (!variables) return undefined;
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value !== 'string' || !value.startsWith('$')) return [name, value];
      const [key, ...path] = value.slice(1).split('.');
      let found: unknown = saved.get(key!);
      for (const step of path) found = (found as Record<string, unknown> | undefined)?.[step];
      assert.ok(found !== undefined, `${value} names nothing saved`);
      return [name, found];
    }),
  );
}

describe('README.md: every GraphQL operation, as written, against npm start', async () => {
  const { examples, unannotated, inline } = await readExamples();
  let root: string;
  let gateway: NpmStart;
  const saved = new Map<string, unknown>();
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-readme-'));
    gateway = await startLikeNpmStart(join(root, 'data'), { SIMULATOR_TICKETING_DELAY_MS: '1000' });
  });
  after(async () => {
    await gateway?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('says what every graphql block answers, and has no operation in running text', () => {
    assert.equal(unannotated, 0, 'a ```graphql block without a readme-test comment after it');
    assert.deepEqual(inline, [], 'operations in running text, where no test runs them');
    assert.ok(examples.length >= 10);
  });

  const authorization = () => `Bearer ${gateway.keys.get('demo-web')}`;

  const execute = async (example: Example): Promise<unknown> => {
    const variables = resolveVariables(example.run.variables, saved);
    const operation = parse(example.document).definitions[0];
    if (operation?.kind === 'OperationDefinition' && operation.operation === 'subscription') {
      const client = createClient({
        url: gateway.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: authorization() },
        retryAttempts: 0,
      });
      try {
        let last: unknown = null;
        const deadline = AbortSignal.timeout(WAIT_MS);
        for await (const message of client.iterate({ query: example.document, variables })) {
          last = message;
          if (!mismatch(last, example.run.expect) || deadline.aborted) break;
        }
        return last;
      } finally {
        await client.dispose();
      }
    }
    const response = await postGraphQL(gateway.url, example.document, variables, {
      authorization: authorization(),
      ...example.run.headers,
    });
    return response.body;
  };

  for (const [index, example] of examples.entries()) {
    const firstLine = example.document
      .split('\n')
      .find((line) => /\w/.test(line))!
      .trim();
    it(`${index + 1}. ${example.heading}: ${firstLine}`, async () => {
      let answer = await execute(example);
      const deadline = Date.now() + WAIT_MS;
      while (
        example.run.eventually &&
        mismatch(answer, example.run.expect) &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await execute(example);
      }
      const where = mismatch(answer, example.run.expect);
      assert.equal(where, null, `differs at ${where}: ${JSON.stringify(answer)}`);
      if (example.run.save) saved.set(example.run.save, answer);
    });
  }
});

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
 * - `afterTicketing`: an order whose ticketing ends first (the ticketingStatus stream says final),
 *   for "about 20 seconds later";
 * - `save` / `variables`: keeps an answer under a name; "$name.path.to.value" reads it back, for the
 *   variables a person would type into Sandbox's panel;
 * - `headers`: sent as well (Sandbox's headers panel).
 */
const README = join(__dirname, '..', '..', 'README.md');
const WAIT_MS = 30_000;

interface Run {
  expect: unknown;
  afterTicketing?: string;
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

  /**
   * A subscription's messages until `done` says so or the stream completes: the last message.
   * Fails after WAIT_MS, which bounds the wait and is never waited out when things work.
   */
  const follow = (
    document: string,
    variables: Record<string, unknown> | undefined,
    done: (message: unknown) => boolean,
  ): Promise<unknown> => {
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: authorization() },
      retryAttempts: 0,
    });
    let last: unknown = null;
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no end in ${WAIT_MS} ms; last: ${JSON.stringify(last)}`)),
        WAIT_MS,
      );
      const finish = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve(last);
      };
      const unsubscribe = client.subscribe(
        { query: document, variables },
        {
          next: (message) => {
            last = message;
            if (done(message)) finish();
          },
          error: (error) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: finish,
        },
      );
    }).finally(() => client.dispose());
  };

  const execute = async (example: Example): Promise<unknown> => {
    const variables = resolveVariables(example.run.variables, saved);
    const operation = parse(example.document).definitions[0];
    if (operation?.kind === 'OperationDefinition' && operation.operation === 'subscription') {
      return follow(
        example.document,
        variables,
        (message) => !mismatch(message, example.run.expect),
      );
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
      if (example.run.afterTicketing) {
        await follow(
          'subscription ($o: ID!) { ticketingStatus(orderNo: $o) { final } }',
          { o: example.run.afterTicketing },
          (message) => !mismatch(message, { data: { ticketingStatus: { final: true } } }),
        );
      }
      const answer = await execute(example);
      const where = mismatch(answer, example.run.expect);
      assert.equal(where, null, `differs at ${where}: ${JSON.stringify(answer)}`);
      if (example.run.save) saved.set(example.run.save, answer);
    });
  }
});

import { ApolloServer } from '@apollo/server';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger';
import { Caller } from '../../src/partners/partner';
import { GatewayContext } from '../../src/server/context';
import { ContextDeps, createContextFactory } from '../../src/server/request-context';
import { PARTNER_A } from '../support/partners';

/**
 * Apollo Server copies the context for every request (Object.assign onto its prototype). What the
 * context makes on first use must survive that copy: made only when a resolver asks, once.
 */
describe('a request context under Apollo Server', () => {
  const limitsMade: string[] = [];
  const deps = {
    logger: createLogger({ level: 'silent' }),
    limitsOf: (caller: Caller) => {
      limitsMade.push(caller.partnerId);
      return {};
    },
  } as unknown as ContextDeps;
  const context = createContextFactory(deps);
  const server = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { quiet: Int, limited: Int }',
    resolvers: {
      Query: {
        quiet: () => 1,
        limited: (_root, _args, ctx: GatewayContext) => (ctx.limits === ctx.limits ? 1 : 0),
      },
    },
  });
  const caller = { partnerId: PARTNER_A.id } as Caller;
  const run = async (query: string) => {
    const response = await server.executeOperation(
      { query },
      { contextValue: context({ requestId: 'r', caller, acceptLanguage: undefined }) },
    );
    assert.equal(response.body.kind, 'single');
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };

  it('makes nothing a request does not use, and what it uses once', async () => {
    await server.start();
    try {
      limitsMade.length = 0;
      assert.equal((await run('{ quiet }'))?.data?.quiet, 1);
      assert.deepEqual(limitsMade, [], 'the copy made the limits');
      assert.equal((await run('{ limited }'))?.data?.limited, 1);
      assert.deepEqual(limitsMade, [PARTNER_A.id]);
    } finally {
      await server.stop();
    }
  });
});

/**
 * The naive passthrough the HTTP bench compares the gateway with: Apollo Server 5 standalone, a
 * hand-written schema, and resolvers that only forward to the Atlas stub over undici's Pool. No
 * authentication, validation, pre-check, ledger or guidance. Prints its URL once listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Pool } from 'undici';

const atlas = new URL(process.env.ATLAS_BASE_URL ?? 'http://127.0.0.1:4000/');
const pool = new Pool(atlas.origin, { connections: 64 });
const headers = { 'content-type': 'application/json', 'x-atlas-client-id': 'bench' };

async function post(endpoint: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await pool.request({
    path: `/${endpoint}`,
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return (await response.body.json()) as Record<string, unknown>;
}

const typeDefs = `#graphql
  type Money { amount: Float currency: String }
  type Passenger { name: String }
  type Order {
    orderNo: ID pnrCode: String status: String paymentDeadline: String totalPrice: Money
    supportedPaymentMethods: [Int] passengers: [Passenger] ticketIssued: Boolean
  }
  type PaymentAccepted { orderNo: ID }
  type Query { order(orderNo: ID!): Order }
  type Mutation { payOrder(orderNo: ID!): PaymentAccepted }
`;

const resolvers = {
  Query: {
    async order(_: unknown, { orderNo }: { orderNo: string }) {
      const wire = await post('queryOrderDetails.do', { orderNo });
      return {
        ...wire,
        status: wire.orderStatus,
        paymentDeadline: wire.tktLimitTime,
        totalPrice: { amount: wire.totalPrice, currency: wire.currency },
        supportedPaymentMethods: wire.supportPaymentMethods,
        passengers: wire.paxTicketInfos,
        ticketIssued: false,
      };
    },
  },
  Mutation: {
    async payOrder(_: unknown, { orderNo }: { orderNo: string }) {
      await post('queryOrderDetails.do', { orderNo });
      await post('pay.do', { orderNo, paymentMethod: 1 });
      return { orderNo };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } }).then(({ url }) => {
  process.stdout.write(`baseline listening ${url}\n`);
});

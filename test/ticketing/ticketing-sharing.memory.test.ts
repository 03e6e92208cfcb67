import { createMemoryPollLeadership } from '../../src/ticketing/poll-leadership';
import { createTicketingPubSub } from '../../src/ticketing/ticketing.pubsub';
import { ticketingSharingContract } from './ticketing-sharing.contract';

ticketingSharingContract('memory', async () => {
  const pubsub = createTicketingPubSub();
  return {
    replicas: {
      pubsub: [pubsub, pubsub],
      leadership(leaseMs) {
        const shared = new Map<string, { owner: string; until: number }>();
        return [
          createMemoryPollLeadership(leaseMs, shared),
          createMemoryPollLeadership(leaseMs, shared),
        ];
      },
    },
    close: async () => {},
  };
});

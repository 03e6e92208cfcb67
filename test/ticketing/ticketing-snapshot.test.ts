import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrderStatus, PassengerType } from '../../src/domain/order';
import {
  isBehind,
  isFinal,
  sameSnapshot,
  TicketingSnapshot,
} from '../../src/ticketing/ticketing-snapshot';

const snap = (status: OrderStatus, tickets: string[][] = [[]]): TicketingSnapshot => ({
  orderNo: 'O1',
  status,
  passengers: tickets.map((ticketNumbers, i) => ({
    name: `PAX/${i}`,
    type: PassengerType.ADULT,
    ticketNumbers,
    airlinePnrs: [],
  })),
  failure: null,
});
const { UNPAID, TICKETING, TICKETED, CANCELLED } = OrderStatus;

describe('ticketing snapshot rules', () => {
  const finals = [
    ['cancelled', snap(CANCELLED), true],
    ['ticketed with a ticket for everyone', snap(TICKETED, [['1'], ['2']]), true],
    ['ticketed with a passenger still waiting', snap(TICKETED, [['1'], []]), false],
    ['ticketing', snap(TICKETING), false],
  ] as const;
  for (const [name, snapshot, expected] of finals) {
    it(`${expected ? 'treats' : 'does not treat'} ${name} as final`, () => {
      assert.equal(isFinal(snapshot), expected);
    });
  }

  const order = [
    ['TICKETING after UNPAID', snap(TICKETING), snap(UNPAID), false],
    ['UNPAID after TICKETING (a lagging read)', snap(UNPAID), snap(TICKETING), true],
    ['anything after a final state', snap(CANCELLED), snap(TICKETED, [['1']]), true],
    [
      'more tickets on a partly ticketed order',
      snap(TICKETED, [['1'], ['2']]),
      snap(TICKETED, [['1'], []]),
      false,
    ],
  ] as const;
  for (const [name, next, current, behind] of order) {
    it(`${behind ? 'ignores' : 'accepts'} ${name}`, () => {
      assert.equal(isBehind(next, current), behind);
    });
  }

  it('compares status, failure and tickets, not object identity', () => {
    assert.ok(sameSnapshot(snap(TICKETED, [['1']]), snap(TICKETED, [['1']])));
    assert.ok(!sameSnapshot(snap(TICKETED, [['1']]), snap(TICKETED, [['2']])));
  });
});

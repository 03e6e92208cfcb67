import { createUndiciTransport } from '../../src/atlas/atlas.undici-transport';
import { atlasTransportContract } from './atlas-transport.contract';

atlasTransportContract('undici Pool', (baseUrl) =>
  createUndiciTransport({ baseUrl, connections: 8 }),
);

import { Redis } from 'ioredis';
import { SafetyStoreUnavailableError } from './safety-store.errors';

/**
 * Every multi-step change runs as one Lua script, so Redis applies it atomically. Times come from
 * the Redis server's clock (TIME), never a replica's, so replicas with skewed clocks agree.
 */
export async function runScript(
  redis: Redis,
  operation: string,
  script: string,
  keys: string[],
  args: (string | number)[],
): Promise<unknown> {
  try {
    return await redis.eval(script, keys.length, ...keys, ...args);
  } catch (error) {
    throw new SafetyStoreUnavailableError(operation, error);
  }
}

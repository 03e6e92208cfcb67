/** When the store that guards payments (Redis) cannot be reached or does not answer in time. */
export class SafetyStoreUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`safety store unavailable during ${operation}`, { cause });
    this.name = 'SafetyStoreUnavailableError';
  }
}

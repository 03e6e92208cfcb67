/** When the ledger's database cannot be reached or fails a statement: payments are refused. */
export class LedgerUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`payment ledger unavailable during ${operation}`, { cause });
    this.name = 'LedgerUnavailableError';
  }
}

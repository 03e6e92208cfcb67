/**
 * Runs many calls of one statement as one, like a database's group commit: a call goes at once
 * while fewer than `maxInFlight` batches run; otherwise it waits, and everything that waited goes
 * as the next batch. An idle gateway adds no delay; a busy one pays one round trip and one commit
 * for many payments. Each caller still learns its own result only once its batch committed.
 */
export interface BatcherOptions {
  maxInFlight: number;
  maxBatch: number;
}

/** One batch of a statement at a time: whatever queues meanwhile goes as the next, bigger batch. */
export const ONE_BATCH_AT_A_TIME: BatcherOptions = { maxInFlight: 1, maxBatch: 100 };

export function createBatcher<In, Out>(
  run: (inputs: In[]) => Promise<Out[]>,
  { maxInFlight, maxBatch }: BatcherOptions,
): (input: In) => Promise<Out> {
  let waiting: { input: In; resolve(out: Out): void; reject(error: unknown): void }[] = [];
  let inFlight = 0;

  function flush(): void {
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      inFlight += 1;
      run(batch.map((call) => call.input))
        .then(
          (outs) => batch.forEach((call, index) => call.resolve(outs[index]!)),
          (error: unknown) => batch.forEach((call) => call.reject(error)),
        )
        .finally(() => {
          inFlight -= 1;
          flush();
        });
    }
  }

  return (input) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      flush();
    });
}

export type Release = () => void;

export interface Semaphore {
  /** Resolves with a release function once a permit is free, or with null if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<Release | null>;
  readonly active: number;
  readonly waiting: number;
}

/** A counting semaphore with a FIFO queue whose waiters leave the queue when their signal aborts. */
export function createSemaphore(permits: number): Semaphore {
  if (!Number.isInteger(permits) || permits < 1) throw new RangeError(`permits must be a positive integer, got ${permits}`);
  let active = 0;
  const queue: Array<() => void> = [];

  const grant = (): Release => {
    active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      queue.shift()?.();
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve(null);
      if (active < permits && queue.length === 0) return Promise.resolve(grant());
      return new Promise((resolve) => {
        const wake = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(grant());
        };
        const onAbort = () => {
          const index = queue.indexOf(wake);
          if (index !== -1) queue.splice(index, 1);
          resolve(null);
        };
        queue.push(wake);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

import { describe, expect, it } from "vitest";
import { createSemaphore } from "@/lib/dns/semaphore";

describe("createSemaphore", () => {
  it("hands out at most N permits and wakes waiters in order", async () => {
    const semaphore = createSemaphore(2);
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const order: number[] = [];
    const third = semaphore.acquire().then((release) => (order.push(3), release));
    const fourth = semaphore.acquire().then((release) => (order.push(4), release));
    expect(semaphore.active).toBe(2);
    expect(semaphore.waiting).toBe(2);
    first?.();
    first?.();
    await third;
    expect(order).toEqual([3]);
    expect(semaphore.active).toBe(2);
    second?.();
    await fourth;
    expect(order).toEqual([3, 4]);
  });

  it("lets an aborted waiter leave the queue without taking a permit", async () => {
    const semaphore = createSemaphore(1);
    const held = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort();
    expect(await waiting).toBeNull();
    expect(semaphore.waiting).toBe(0);
    held?.();
    expect(semaphore.active).toBe(0);
    expect(await semaphore.acquire(AbortSignal.abort())).toBeNull();
  });

  it("refuses a bound below one", () => {
    expect(() => createSemaphore(0)).toThrow(RangeError);
  });
});

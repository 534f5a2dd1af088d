import { afterEach, describe, expect, it, vi } from "vitest";
import { createAnalysisGate } from "@/lib/http/analysis-gate";

afterEach(() => vi.useRealTimers());

describe("analysis gate", () => {
  it("lets N analyses run; the N+1st waits, and gets the first slot that frees up", async () => {
    vi.useFakeTimers();
    const gate = createAnalysisGate({ permits: 3, queueMs: 10_000 });
    const passes = await Promise.all([gate.enter(), gate.enter(), gate.enter()]);
    expect(passes.every((pass) => pass !== null)).toBe(true);
    let extra: Awaited<ReturnType<typeof gate.enter>> | undefined;
    const waiting = gate.enter().then((pass) => (extra = pass));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(extra).toBeUndefined();
    expect(gate.waiting).toBe(1);
    passes[0]?.release();
    await waiting;
    expect(extra).not.toBeNull();
    expect(extra?.waitedMs).toBe(4_000);
    expect(gate.active).toBe(3);
  });

  it("gives up after the queue time, so the caller can answer 503", async () => {
    vi.useFakeTimers();
    const gate = createAnalysisGate({ permits: 2, queueMs: 10_000 });
    await Promise.all([gate.enter(), gate.enter()]);
    let extra: Awaited<ReturnType<typeof gate.enter>> | undefined;
    const waiting = gate.enter().then((pass) => (extra = pass));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(extra).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(extra).toBeNull();
    expect(gate.waiting).toBe(0);
    expect(gate.active).toBe(2);
  });

  it("with a queue time of 0, refuses at once when full and admits at once when not", async () => {
    vi.useFakeTimers();
    const gate = createAnalysisGate({ permits: 1, queueMs: 0 });
    const first = await gate.enter();
    expect(first).not.toBeNull();
    const second = gate.enter();
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toBeNull();
  });

  it("lets a waiting client that went away leave the queue", async () => {
    const gate = createAnalysisGate({ permits: 1, queueMs: 10_000 });
    await gate.enter();
    const client = new AbortController();
    const waiting = gate.enter(client.signal);
    client.abort();
    expect(await waiting).toBeNull();
    expect(gate.waiting).toBe(0);
  });
});

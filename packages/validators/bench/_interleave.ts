import { median } from "../../../scripts/bench/goals.js";

/** One contender of a benchmark: a name and the call measured. */
export interface Contender {
  name: string;
  run: () => unknown;
}

/** What `interleave` measured: each contender's rate in every round. */
export interface Rounds {
  /** Calls per second of each contender, one sample per round. */
  samples: Map<string, number[]>;
  /** The median of a contender's rates. */
  rate(name: string): number;
  /**
   * The median over rounds of `a`'s rate divided by `b`'s in the same round: drift in the
   * machine's speed between rounds cancels out, as it hits both sides of each ratio alike.
   */
  ratio(a: string, b: string): number;
}

/** How long a measurement runs, in milliseconds of each contender's work. */
export interface Timing {
  /** Warm-up of each contender before anything counts (interleaved, so every JIT is warm). */
  warmupMs: number;
  /** Rounds; each runs every contender once, in a rotating order. */
  rounds: number;
  /** Work per sample: enough calls that the clock's resolution and one GC pause weigh little. */
  sampleMs: number;
}

const TIMING: Timing = { warmupMs: 400, rounds: 41, sampleMs: 20 };

// Milliseconds of CPU this process spent (every thread: the collector's work counts), not of the
// wall clock: on a machine shared by many, time spent waiting for a core is nobody's cost.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(run: () => unknown, iterations: number): number {
  const start = cpuMs();
  for (let i = 0; i < iterations; i++) run();
  return cpuMs() - start;
}

/** The medians over rounds of `a[i] / b[i]` (rounds where either is missing or zero are left out). */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const over = b[i] as number;
    if (over > 0) ratios.push((a[i] as number) / over);
  }
  return median(ratios);
}

/**
 * Calls per second of each contender, measured in interleaved rounds (each round runs every
 * contender once, in a rotating order) so that drift in the machine's speed hits all of them
 * alike; every contender calls the same value, warmed up first, with enough calls per sample.
 */
export function interleave(contenders: Contender[], timing: Partial<Timing> = {}): Rounds {
  const { warmupMs, rounds, sampleMs } = { ...TIMING, ...timing };
  const iterations = new Map<string, number>(contenders.map((c) => [c.name, 100]));
  // Warm-up in slices, interleaved; the last slices also size each sample to `sampleMs`.
  for (let spent = 0; spent < warmupMs; ) {
    let slowest = 0;
    for (const { name, run } of contenders) {
      const count = iterations.get(name) ?? 100;
      const ms = Math.max(timed(run, count), 0.001);
      slowest = Math.max(slowest, ms);
      iterations.set(name, Math.max(10, Math.round((count * sampleMs) / ms)));
    }
    spent += slowest;
  }
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const { name, run } = contenders[(round + i) % contenders.length] as Contender;
      const count = iterations.get(name) ?? 10;
      samples.get(name)?.push(count / (timed(run, count) / 1000));
    }
  }
  return {
    samples,
    rate: (name) => median(samples.get(name) ?? []),
    ratio: (a, b) => pairedRatio(samples.get(a) ?? [], samples.get(b) ?? []),
  };
}

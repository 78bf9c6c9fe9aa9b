/** One contender of a benchmark: a name and the call measured. */
export interface Contender {
  name: string;
  run: () => unknown;
}

function rate(run: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return iterations / ((performance.now() - start) / 1000);
}

/**
 * Operations per second of each contender, measured in interleaved rounds (each round runs every
 * contender once, in a rotating order) so that drift in the machine's speed hits all of them alike;
 * the median round counts.
 */
export function interleave(
  contenders: Contender[],
  rounds = 31,
  roundMs = 25,
): Map<string, number> {
  const iterations = new Map<string, number>();
  for (const { name, run } of contenders) {
    for (let i = 0; i < 2_000; i++) run();
    const perMs = rate(run, 2_000) / 1000;
    iterations.set(name, Math.max(10, Math.round(perMs * roundMs)));
  }
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const { name, run } = contenders[(round + i) % contenders.length] as Contender;
      samples.get(name)?.push(rate(run, iterations.get(name) ?? 10));
    }
  }
  return new Map(
    [...samples].map(([name, rates]) => {
      const sorted = rates.sort((a, b) => a - b);
      return [name, sorted[Math.floor(sorted.length / 2)] ?? 0];
    }),
  );
}

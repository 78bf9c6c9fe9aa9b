import { describe, expect, it } from "vitest";
import { createPrng, hashSeed } from "./_prng.js";

describe("createPrng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => {
      const prng = createPrng(seed);
      return [prng.uuid(), prng.hex(32), prng.int(1000)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("makes UUID-shaped ids without repeats over many draws", () => {
    const prng = createPrng(1);
    const ids = Array.from({ length: 10_000 }, () => prng.uuid());
    for (const id of ids.slice(0, 100)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps numbers in range", () => {
    const prng = createPrng(3);
    for (let i = 0; i < 1000; i++) {
      const n = prng.next();
      expect(n >= 0 && n < 1).toBe(true);
      expect(prng.int(5)).toBeLessThan(5);
    }
    expect(prng.hex(5)).toMatch(/^[0-9a-f]{5}$/);
  });
});

describe("hashSeed", () => {
  it("mixes the text into the seed", () => {
    expect(hashSeed(1, "acc")).toBe(hashSeed(1, "acc"));
    expect(hashSeed(1, "acc")).not.toBe(hashSeed(1, "acd"));
    expect(hashSeed(1, "acc")).not.toBe(hashSeed(2, "acc"));
  });
});

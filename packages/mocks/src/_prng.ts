/** A deterministic source of random numbers and ids: the same seed gives the same sequence. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A UUID-shaped id (version 4 layout), e.g. `f174e90a-fafe-4643-bbbc-4a0ed4fc8415`. */
  uuid(): string;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
}

/** Mixes a string into a 32-bit seed (FNV-1a), so that one seed gives each account its own data. */
export function hashSeed(seed: number, text: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/**
 * mulberry32: tiny, fast and good enough for test data (not for anything secret).
 *
 * @example
 * const prng = createPrng(42);
 * prng.uuid(); // the same id for every run with seed 42
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => {
    let out = "";
    while (out.length < length)
      out += Math.floor(next() * 4294967296)
        .toString(16)
        .padStart(8, "0");
    return out.slice(0, length);
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    hex,
    uuid() {
      const h = hex(32);
      const variant = "89ab"[Math.floor(next() * 4)] as string;
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

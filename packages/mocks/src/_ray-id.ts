/** Ray ids as Cloudflare writes them in `cf-ray`: 16 hex digits and the data centre. */
export interface RayIds {
  /** The next id, never repeated by this source. */
  next(): string;
}

/**
 * Creates a source of `cf-ray` values. The API sends one with every answer and the client puts it
 * on its errors (`rayId`); the mock's end in `-MOCK`, so a log line shows where it came from.
 */
export function createRayIds(): RayIds {
  const start = BigInt(Date.now()) << 16n;
  let count = 0n;
  return {
    next: () => `${((start + count++) & 0xffffffffffffffffn).toString(16).padStart(16, "0")}-MOCK`,
  };
}

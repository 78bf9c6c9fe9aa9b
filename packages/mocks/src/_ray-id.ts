/** Ray ids as Cloudflare writes them in `cf-ray`: 16 hex digits and the data centre. */
export interface RayIds {
  /** The next id, never repeated by this source. */
  next(): string;
}

/**
 * Creates a source of `cf-ray` values. The API sends one with every answer and the client puts it
 * on its errors (`rayId`); the mock's end in `-MOCK`, so a log line shows where it came from.
 * Eight hex digits of start time and a counter: unique per source, and cheap on the hot path.
 */
export function createRayIds(): RayIds {
  const prefix = (Math.floor(Date.now() / 1000) >>> 0).toString(16).padStart(8, "0");
  let count = 0;
  return {
    next: () => {
      count = (count + 1) >>> 0;
      return `${prefix}${count.toString(16).padStart(8, "0")}-MOCK`;
    },
  };
}

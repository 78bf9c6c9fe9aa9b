/** The outcome of one call: the unwrapped result, the whole parsed body, and the `Response`. */
export interface Exchange<T = unknown, E = unknown> {
  /** The envelope's `result` (the body itself for operations without an envelope). */
  data: T;
  /** The whole parsed body: `success`, `errors`, `messages`, `result`, `result_info`. */
  envelope: E;
  response: Response;
}

/**
 * The promise a resource method returns: it resolves to the unwrapped `result`, and
 * `.withResponse()` gives the whole envelope and the `Response` of the same single request.
 * Only what is awaited is derived, so awaiting just one of the two leaves no unhandled rejection.
 *
 * @example
 * ```ts
 * const rules = await zt.posture.list();
 * const { data, envelope, response } = await zt.posture.list().withResponse();
 * console.log(envelope.result_info, response.headers.get("cf-ray"));
 * ```
 */
export class ApiPromise<T, E = unknown> implements Promise<T> {
  readonly #exchange: Promise<Exchange<T, E>>;
  #data: Promise<T> | undefined;

  /** Wraps the exchange of a request already under way. */
  constructor(exchange: Promise<Exchange<T, E>>) {
    this.#exchange = exchange;
  }

  /** The result together with the whole parsed body (`envelope`) and the `Response`. */
  withResponse(): Promise<Exchange<T, E>> {
    return this.#exchange;
  }

  // biome-ignore lint/suspicious/noThenProperty: this object is meant to be awaited like a promise.
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#data ??= this.#exchange.then(dataOf);
    return this.#data.then(onfulfilled, onrejected);
  }

  /** Like `Promise.prototype.catch`, on the unwrapped result. */
  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  /** Like `Promise.prototype.finally`, on the unwrapped result. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }
}

function dataOf<T>(exchange: Exchange<T, unknown>): T {
  return exchange.data;
}

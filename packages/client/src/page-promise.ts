import type { Exchange } from "./api-promise.js";
import { ApiPromise } from "./api-promise.js";
import type { Page } from "./pagination.js";

/**
 * What a paginated list method returns: a promise of the first page's items that is also
 * async-iterable over every item of every page, with `.pages()` to go page by page. Both reuse
 * the request already made for the first page.
 *
 * @example
 * ```ts
 * const firstPage = await zt.physicalDevices.list({ per_page: 50 });
 * for await (const device of zt.physicalDevices.list({ per_page: 50 })) console.log(device.id);
 * for await (const page of zt.posture.list().pages()) console.log(page.envelope.result_info);
 * ```
 */
export class PagePromise<Item, E = unknown>
  extends ApiPromise<Item[], E>
  implements AsyncIterable<Item>
{
  readonly #pages: () => AsyncGenerator<Page<Item, E>, void, undefined>;

  /** Wraps the first page's exchange and the walk over every page that starts from it. */
  constructor(
    first: Promise<Exchange<Item[], E>>,
    pages: () => AsyncGenerator<Page<Item, E>, void, undefined>,
  ) {
    super(first);
    this.#pages = pages;
  }

  /** Every page in turn, each with its envelope (`result_info`) and `Response`. */
  pages(): AsyncGenerator<Page<Item, E>, void, undefined> {
    return this.#pages();
  }

  /** Every item of every page in turn. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.#pages()) yield* page.items;
  }
}

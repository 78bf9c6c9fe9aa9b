/** Progress of a walk over pages, shown on one rewritten stderr line. */
export interface Progress {
  /** One more page of `items` items arrived. */
  page(items: number): void;
  /** The walk ended: the line is cleared so the output that follows starts clean. */
  done(): void;
}

/**
 * Reports pages as they arrive when `enabled` (stderr is a terminal); does nothing otherwise, so
 * logs and pipes never receive carriage returns.
 */
export function createProgress(enabled: boolean, write: (text: string) => void): Progress {
  let pages = 0;
  let items = 0;
  return {
    page(count) {
      pages += 1;
      items += count;
      if (enabled)
        write(
          `\r\x1b[KFetched ${pages} page${pages === 1 ? "" : "s"}, ${items} item${items === 1 ? "" : "s"}…`,
        );
    },
    done() {
      if (enabled && pages > 0) write("\r\x1b[K");
    },
  };
}

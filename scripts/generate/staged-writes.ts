import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Files written beside their targets as they are ready, and moved into place together once
 * everything has been generated: a failed run leaves no file changed, and no file is ever half
 * written. The writing itself happens while other generators are still at work.
 */
export class StagedWrites {
  private readonly staged: { temporary: string; path: string }[] = [];
  /** Files to delete on commit: generated files that no longer belong. */
  private readonly removed: string[] = [];
  private readonly folders = new Set<string>();
  /** Folders that did not exist before: a discarded run removes them again. */
  private readonly created: string[] = [];

  /** Writes `contents` next to `path`, to be moved there by `commit`. */
  stage(path: string, contents: string): void {
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      const first = mkdirSync(folder, { recursive: true });
      if (first !== undefined) this.created.push(first);
      this.folders.add(folder);
    }
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    this.staged.push({ temporary, path });
  }

  /** Marks `path` for deletion by `commit`; until then it stays as it is. */
  remove(path: string): void {
    this.removed.push(path);
  }

  /** Moves every staged file into place and deletes the files marked for removal. */
  commit(): void {
    for (const { temporary, path } of this.staged) renameSync(temporary, path);
    for (const path of this.removed) rmSync(path, { force: true });
    this.staged.length = 0;
    this.removed.length = 0;
  }

  /** Removes every staged file and every folder made for them, leaving the targets as they were. */
  discard(): void {
    for (const { temporary } of this.staged) rmSync(temporary, { force: true });
    for (const folder of this.created.reverse()) rmSync(folder, { recursive: true, force: true });
    this.staged.length = 0;
    this.removed.length = 0;
    this.created.length = 0;
  }
}

/**
 * `pnpm release:dry [--out DIR]`: what a release would publish, without publishing or touching the
 * work tree.
 *
 * The workspace is copied to a temporary folder (manifests, changesets, built `dist/`, the
 * `.pnpmfile.cjs` that trims published manifests), `changeset version` runs there, and every package
 * is packed there with `pnpm pack`, which resolves `workspace:` and `catalog:` ranges and runs the
 * same packing hooks as `pnpm publish`. A table shows each package's version bump and its tarball.
 * With `--out DIR` the tarballs are kept in DIR; the copy is removed afterwards, whatever happens.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "../repo-root.js";

const changesetBin = join(REPO_ROOT, "node_modules/.bin/changeset");

/** One line of the dry-run table. */
export interface PlannedRelease {
  name: string;
  from: string;
  to: string;
  tarball: string;
  /** Where the tarball is kept, with `out`; empty when it went with the temporary copy. */
  path: string;
  bytes: number;
}

/** What to do with the tarballs. */
export interface PlanOptions {
  /** A folder to keep the tarballs in (created if missing); without it they are removed. */
  out?: string;
}

/**
 * Copies what versioning and packing need: no node_modules, no git, no sources beyond `dist/`.
 * Returns the workspace's package folders, relative to `into`.
 */
function copyWorkspace(into: string): string[] {
  for (const file of [
    "package.json",
    "pnpm-workspace.yaml",
    "pnpm-lock.yaml",
    ".npmrc",
    ".pnpmfile.cjs",
    "README.md",
    "LICENSE",
  ]) {
    if (existsSync(join(REPO_ROOT, file))) cpSync(join(REPO_ROOT, file), join(into, file));
  }
  cpSync(join(REPO_ROOT, ".changeset"), join(into, ".changeset"), { recursive: true });
  const published = readdirSync(join(REPO_ROOT, "packages")).map((p) => `packages/${p}`);
  for (const entry of readdirSync(join(REPO_ROOT, "packages"))) {
    const from = join(REPO_ROOT, "packages", entry);
    for (const item of readdirSync(from)) {
      if (item === "node_modules" || item === "src" || item.startsWith(".")) continue;
      cpSync(join(from, item), join(into, "packages", entry, item), { recursive: true });
    }
  }
  // Private workspace packages only need their manifest for the workspace to resolve.
  const unpublished = [
    "spec",
    "scripts",
    ...readdirSync(join(REPO_ROOT, "tests")).map((t) => `tests/${t}`),
  ];
  for (const dir of unpublished) {
    cpSync(join(REPO_ROOT, dir, "package.json"), join(into, dir, "package.json"));
  }
  return [...published, ...unpublished];
}

/**
 * Links each package's `workspace:` dependencies into its `node_modules/`, as `pnpm install` does
 * and as `pnpm pack` needs to read the versions those ranges become; nothing else is installed.
 */
function linkWorkspaceDependencies(at: string, dirs: string[]): void {
  const manifests = dirs.map((dir) => ({
    dir: join(at, dir),
    manifest: JSON.parse(readFileSync(join(at, dir, "package.json"), "utf8")),
  }));
  const dirOf = new Map(manifests.map(({ dir, manifest }) => [manifest.name as string, dir]));
  for (const { dir, manifest } of manifests) {
    for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
      for (const [dep, range] of Object.entries<string>(manifest[field] ?? {})) {
        const target = dirOf.get(dep);
        if (!range.startsWith("workspace:") || !target) continue;
        const link = join(dir, "node_modules", dep);
        if (existsSync(link)) continue;
        mkdirSync(join(link, ".."), { recursive: true });
        symlinkSync(target, link, "dir");
      }
    }
  }
}

function versions(at: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(at, "packages"))) {
    const manifest = JSON.parse(readFileSync(join(at, "packages", entry, "package.json"), "utf8"));
    if (!manifest.private) out.set(manifest.name, manifest.version);
  }
  return out;
}

/** Runs the dry release in a temporary copy and returns what it would publish. */
export function planRelease({ out }: PlanOptions = {}): PlannedRelease[] {
  const work = mkdtempSync(join(tmpdir(), "zt-devices-release-"));
  try {
    const dirs = copyWorkspace(work);
    const before = versions(work);
    execFileSync(changesetBin, ["version"], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
    linkWorkspaceDependencies(work, dirs);
    const after = versions(work);
    const packs = join(work, ".packs");
    mkdirSync(packs);
    if (out) mkdirSync(out, { recursive: true });
    return [...after].map(([name, to]) => {
      const dir = join(work, "packages", name.replace("@zt-devices/", ""));
      const printed = execFileSync("pnpm", ["pack", "--pack-destination", packs], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      const packed = printed
        .trim()
        .split("\n")
        .filter((line) => line.endsWith(".tgz"))
        .at(-1);
      if (!packed) throw new Error(`pnpm pack printed no tarball for ${name}:\n${printed}`);
      const tarball = basename(packed);
      const bytes = statSync(join(packs, tarball)).size;
      const path = out ? resolve(out, tarball) : "";
      if (out) copyFileSync(join(packs, tarball), path);
      return { name, from: before.get(name) ?? "?", to, tarball, path, bytes };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads `--out DIR` (or `--out=DIR`); anything else is an error naming the argument. */
export function parseArgs(args: string[]): PlanOptions {
  const options: PlanOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const inline = arg.startsWith("--out=") ? arg.slice("--out=".length) : undefined;
    if (arg !== "--out" && inline === undefined) {
      throw new Error(`unknown argument ${arg}: the only option is --out DIR`);
    }
    const value = inline ?? args[++i];
    if (!value || value.startsWith("--")) throw new Error("--out needs a folder: --out DIR");
    options.out = value;
  }
  return options;
}

function main(args: string[]): number {
  const options = parseArgs(args);
  const pending = readdirSync(join(REPO_ROOT, ".changeset")).filter(
    (f) => f.endsWith(".md") && f !== "README.md",
  );
  if (pending.length === 0) {
    console.log(
      "No changesets: nothing would be released. Add one with `pnpm changeset` (or `pnpm spec:diff`).",
    );
    return 0;
  }
  const missing = readdirSync(join(REPO_ROOT, "packages")).filter(
    (p) => !existsSync(join(REPO_ROOT, "packages", p, "dist")),
  );
  if (missing.length > 0) {
    console.error(
      `Build first (pnpm build): no dist/ in ${missing.map((p) => `packages/${p}`).join(", ")}`,
    );
    return 1;
  }
  const plan = planRelease(options);
  console.log(`${pending.length} changeset(s) would release:`);
  for (const p of plan) {
    const bump = p.from === p.to ? "unchanged" : `${p.from} -> ${p.to}`;
    console.log(
      `  ${p.name.padEnd(24)} ${bump.padEnd(18)} ${p.tarball} (${(p.bytes / 1024).toFixed(1)} KiB)`,
    );
  }
  if (options.out) console.log(`Tarballs kept in ${resolve(options.out)}.`);
  console.log("Nothing was published and the work tree is untouched.");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const e = error as Error & { stdout?: Buffer | string; stderr?: Buffer | string };
    console.error(`release:dry failed: ${e.message.split("\n")[0]}`);
    const printed = `${e.stdout ?? ""}${e.stderr ?? ""}`.trim();
    if (printed) console.error(printed);
    process.exitCode = 1;
  }
}

/**
 * `pnpm release:dry`: what a release would publish, without publishing or touching the work tree.
 *
 * The workspace is copied to a temporary folder (manifests, changesets, built `dist/`), `changeset
 * version` runs there, every package is packed there, and a table shows each package's version bump
 * and its tarball. The copy is removed afterwards, whatever happens.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "../_repo-root.js";

const changesetBin = join(REPO_ROOT, "node_modules/.bin/changeset");

/** One line of the dry-run table. */
export interface PlannedRelease {
  name: string;
  from: string;
  to: string;
  tarball: string;
  bytes: number;
}

/** Copies what versioning and packing need: no node_modules, no git, no sources beyond `dist/`. */
function copyWorkspace(into: string): void {
  for (const file of [
    "package.json",
    "pnpm-workspace.yaml",
    "pnpm-lock.yaml",
    ".npmrc",
    "README.md",
  ]) {
    if (existsSync(join(REPO_ROOT, file))) cpSync(join(REPO_ROOT, file), join(into, file));
  }
  cpSync(join(REPO_ROOT, ".changeset"), join(into, ".changeset"), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, "packages"))) {
    const from = join(REPO_ROOT, "packages", entry);
    for (const item of readdirSync(from)) {
      if (item === "node_modules" || item === "src" || item.startsWith(".")) continue;
      cpSync(join(from, item), join(into, "packages", entry, item), { recursive: true });
    }
  }
  // Private workspace packages only need their manifest for the workspace to resolve.
  for (const dir of [
    "spec",
    "scripts",
    ...readdirSync(join(REPO_ROOT, "tests")).map((t) => `tests/${t}`),
  ]) {
    cpSync(join(REPO_ROOT, dir, "package.json"), join(into, dir, "package.json"));
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

/**
 * What `pnpm publish` does to `workspace:` ranges, done by hand so that npm can pack the copy
 * without an install: each becomes the exact version the release gives that package.
 */
function pinWorkspaceRanges(manifestPath: string, versionsAfter: Map<string, string>): void {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  for (const field of [
    "dependencies",
    "peerDependencies",
    "optionalDependencies",
    "devDependencies",
  ]) {
    const deps = manifest[field] as Record<string, string> | undefined;
    for (const [dep, range] of Object.entries(deps ?? {})) {
      if (!range.startsWith("workspace:")) continue;
      const version = versionsAfter.get(dep);
      if (deps && version) deps[dep] = version;
      else if (deps) delete deps[dep];
    }
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Runs the dry release in a temporary copy and returns what it would publish. */
export function planRelease(): PlannedRelease[] {
  const work = mkdtempSync(join(tmpdir(), "zt-devices-release-"));
  try {
    copyWorkspace(work);
    const before = versions(work);
    execFileSync(changesetBin, ["version"], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
    const after = versions(work);
    const packs = join(work, ".packs");
    mkdirSync(packs);
    return [...after].map(([name, to]) => {
      const dir = join(work, "packages", name.replace("@zt-devices/", ""));
      pinWorkspaceRanges(join(dir, "package.json"), after);
      const out = execFileSync("npm", ["pack", "--pack-destination", packs, "--loglevel=error"], {
        cwd: dir,
        encoding: "utf8",
      });
      const tarball = out.trim().split("\n").at(-1) ?? "";
      return {
        name,
        from: before.get(name) ?? "?",
        to,
        tarball,
        bytes: statSync(join(packs, tarball)).size,
      };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): number {
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
  const plan = planRelease();
  console.log(`${pending.length} changeset(s) would release:`);
  for (const p of plan) {
    const bump = p.from === p.to ? "unchanged" : `${p.from} -> ${p.to}`;
    console.log(
      `  ${p.name.padEnd(24)} ${bump.padEnd(18)} ${p.tarball} (${(p.bytes / 1024).toFixed(1)} KiB)`,
    );
  }
  console.log("Nothing was published and the work tree is untouched.");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main();
  } catch (error) {
    const e = error as Error & { stdout?: Buffer | string; stderr?: Buffer | string };
    console.error(`release:dry failed: ${e.message.split("\n")[0]}`);
    const printed = `${e.stdout ?? ""}${e.stderr ?? ""}`.trim();
    if (printed) console.error(printed);
    process.exitCode = 1;
  }
}

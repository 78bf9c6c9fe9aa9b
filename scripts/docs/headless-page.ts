/**
 * Opens a local HTML page in headless Chromium, driven over the DevTools protocol on a pipe (no
 * port, no WebSocket), and reports every request the page makes and every console error it logs.
 * Chromium is started with a proxy and host rules that lead nowhere, so a page that tries to reach
 * the network is seen trying, and reaches nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { pathToFileURL } from "node:url";

/** What the page did once it had rendered. */
export interface PageReport {
  /** URLs of every request but the page's own document and inline `data:`/`blob:` ones. */
  requests: string[];
  consoleErrors: string[];
  /** The rendered body's text, hidden parts included, scripts and styles left out. */
  text: string;
}

/** Options of `openPage`. */
export interface OpenPageOptions {
  /** A JavaScript expression that is true once the page has rendered. */
  readyWhen: string;
  timeoutMs?: number;
  /** A fragment to open the page at (`#/posture-rules/createposturerule`). */
  hash?: string;
  /** How long to keep listening for requests after `readyWhen` holds. */
  settleMs?: number;
}

const RENDERED_TEXT =
  "(() => { const b = document.body.cloneNode(true); b.querySelectorAll('script,style').forEach((e) => e.remove()); return b.textContent; })()";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome"];

/** The Chromium binary: `$CHROMIUM_BIN`, else the first of the usual names on `PATH`. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_BIN;
  if (fromEnv) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const name of CANDIDATES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(
    "no Chromium found (set CHROMIUM_BIN, or install it: .ci/install-browser runs apt-get install chromium)",
  );
}

// biome-ignore lint/suspicious/noExplicitAny: the DevTools protocol's messages are untyped JSON.
type Cdp = any;

type Message = {
  id?: number;
  method?: string;
  params?: Cdp;
  result?: Cdp;
  error?: Cdp;
  sessionId?: string;
};

/** Opens `file` and reports what it requested and logged; rejects on timeout, naming what it waited for. */
export async function openPage(file: string, options: OpenPageOptions): Promise<PageReport> {
  const { readyWhen, hash = "", timeoutMs = 60_000, settleMs = 1_500 } = options;
  const profile = mkdtempSync(join(tmpdir(), "headless-page-"));
  const chrome: ChildProcess = spawn(
    findChromium(),
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--window-size=1440,900",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--proxy-server=127.0.0.1:9",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      `--user-data-dir=${profile}`,
      "--remote-debugging-pipe",
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
  );
  const input = chrome.stdio[3] as Writable;
  const output = chrome.stdio[4] as Readable;
  let nextId = 1;
  const pending = new Map<number, (m: Message) => void>();
  const listeners: ((m: Message) => void)[] = [];
  let buffer = "";
  // Chromium closes its end of the pipe when it is stopped; that is not an error of the page.
  output.on("error", () => {});
  input.on("error", () => {});
  output.setEncoding("utf8");
  output.on("data", (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf("\0"); end >= 0; end = buffer.indexOf("\0")) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) pending.get(message.id)?.(message);
      else for (const listen of listeners) listen(message);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Cdp>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (m) =>
        m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result),
      );
      input.write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });

  const pageUrl = pathToFileURL(file).href;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  listeners.push(({ method, params }) => {
    if (method === "Network.requestWillBeSent") {
      const url = params.request.url as string;
      if (url !== pageUrl && !/^(data|blob):/.test(url)) requests.push(url);
    }
    if (method === "Runtime.consoleAPICalled" && params.type === "error") {
      consoleErrors.push(params.args.map((a: Cdp) => a.value ?? a.description ?? "").join(" "));
    }
    if (method === "Runtime.exceptionThrown") consoleErrors.push(params.exceptionDetails.text);
    if (method === "Log.entryAdded" && params.entry.level === "error") {
      consoleErrors.push(`${params.entry.text} ${params.entry.url ?? ""}`.trim());
    }
  });

  const timer = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`${file} did not render (${readyWhen}) in ${timeoutMs} ms`)),
      timeoutMs,
    ).unref(),
  );
  const exited = new Promise<never>((_, reject) =>
    chrome.once("exit", (code) =>
      reject(new Error(`Chromium exited (${code}) before the page rendered`)),
    ),
  );
  try {
    const run = async () => {
      const { targetId } = await send("Target.createTarget", { url: "about:blank" });
      const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
      for (const domain of ["Network", "Runtime", "Log", "Page"])
        await send(`${domain}.enable`, {}, sessionId);
      await send("Page.navigate", { url: `${pageUrl}${hash}` }, sessionId);
      for (;;) {
        const { result } = await send(
          "Runtime.evaluate",
          { expression: `Boolean(${readyWhen})`, returnByValue: true },
          sessionId,
        );
        if (result.value === true) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await new Promise((r) => setTimeout(r, settleMs));
      const { result } = await send(
        "Runtime.evaluate",
        { expression: RENDERED_TEXT, returnByValue: true },
        sessionId,
      );
      return { requests, consoleErrors, text: String(result.value ?? "") };
    };
    return await Promise.race([run(), timer, exited]);
  } finally {
    if (chrome.exitCode === null) {
      const gone = new Promise((resolve) => chrome.once("exit", resolve));
      chrome.kill();
      await gone;
    }
    // Chromium's helper processes can still be writing to the profile for a moment after the browser
    // exits; removing the temporary profile is retried, and a leftover one is not the page's failure.
    await rm(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 }).catch(
      () => undefined,
    );
  }
}

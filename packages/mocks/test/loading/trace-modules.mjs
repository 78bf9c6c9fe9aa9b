// Preloaded with `node --import <this file>`: records every module the process loads, ESM (through
// a loader hook) and CommonJS (from require.cache), and writes their file URLs as a JSON array to
// the file named by LOAD_TRACE when the process exits.
import { writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
const seen = new Set();
port1.on("message", (url) => seen.add(url));
port1.unref();
register("./trace-modules-hooks.mjs", import.meta.url, {
  data: { port: port2 },
  transferList: [port2],
});

process.on("exit", () => {
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1))
    seen.add(message.message);
  for (const file of Object.keys(createRequire(import.meta.url).cache))
    seen.add(pathToFileURL(file).href);
  writeFileSync(process.env.LOAD_TRACE, JSON.stringify([...seen].sort()));
});

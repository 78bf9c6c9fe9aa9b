#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs, USAGE } from "./_args.js";
import { startMockServer } from "./start-mock-server.js";

const parsed = parseArgs(process.argv.slice(2));
if (parsed.kind === "help") {
  console.log(USAGE);
} else if (parsed.kind === "version") {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  console.log((pkg as { version: string }).version);
} else if (parsed.kind === "error") {
  console.error(`zt-devices-mock: ${parsed.message}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const { args } = parsed;
  try {
    const server = await startMockServer(args);
    const extras = [
      args.cors ? "cors" : "",
      args.faults.length > 0 ? `${args.faults.length} fault(s)` : "",
    ];
    const details = [args.mode, `seed ${args.seed}`, ...extras.filter(Boolean)].join(", ");
    console.log(`zt-devices-mock ready at ${server.baseUrl} (${details})`);
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    console.error(
      `zt-devices-mock: cannot listen on ${args.host}:${args.port}: ${(error as Error).message}`,
    );
    process.exitCode = 1;
  }
}

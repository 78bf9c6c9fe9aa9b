#!/usr/bin/env node
// The package's `bin` is this file's CommonJS build (dist/cjs/bin.js), into which the build bundles
// the server's modules: Node 20 loads CommonJS in about half the time its ESM loader takes for the
// same files, one file costs less than forty, and start to first answer is what a test suite waits
// for. The validators stay outside and load per operation. See decisions/mock-startup.md. So: no
// top-level await, no `import.meta` here.
import { parseArgs, USAGE } from "./_args.js";
import { startMockServer } from "./start-mock-server.js";

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === "help") {
    console.log(USAGE);
  } else if (parsed.kind === "version") {
    const { packageVersion } = await import("./_package-version.js");
    console.log(packageVersion(process.argv[1] ?? "."));
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
      // Before the ready line: whoever reads it may stop the server at once, and a signal with no
      // handler yet would kill the process instead of closing the server.
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      console.log(`zt-devices-mock ready at ${server.baseUrl} (${details})`);
    } catch (error) {
      console.error(
        `zt-devices-mock: cannot listen on ${args.host}:${args.port}: ${(error as Error).message}`,
      );
      process.exitCode = 1;
    }
  }
}

main().catch((error: Error) => {
  console.error(`zt-devices-mock: ${error.message}`);
  process.exitCode = 1;
});

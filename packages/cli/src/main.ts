#!/usr/bin/env node
import { groups } from "./commands.gen.js";
// The root help is what people run first and most: it loads the help text and the group index
// and nothing else. Everything past it lives behind one dynamic import.
import { helpWidth, rootHelp } from "./help/help.js";

// `zt-devices ... --all --json | head` closes the pipe early: that is the reader's choice, not an
// error. Any other failure to write (a full disk) is one line and exit 1, never a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  // Loaded here, not at start: the root help is the path to keep short.
  import("./mock/fs-error.js").then(({ describeFsError }) => {
    process.stderr.write(`zt-devices: cannot write the output: ${describeFsError(error)}\n`);
    process.exit(1);
  });
});

const argv = process.argv.slice(2);
const [first] = argv;
if (
  argv.length === 0 ||
  (argv.length === 1 && (first === "--help" || first === "-h" || first === "help"))
) {
  process.stdout.write(rootHelp(groups, helpWidth(process.stdout, process.env)));
} else {
  const { dispatch } = await import("./request/dispatch.js");
  process.exitCode = await dispatch(argv);
}

import { createInterface } from "node:readline";

/**
 * Asks a yes/no question on the terminal (the question on stderr, so stdout stays clean for
 * output) and resolves to true only for "y" or "yes"; end of input counts as no.
 */
export function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => {
    let answered = false;
    rl.on("close", () => {
      if (!answered) process.stderr.write("\n");
      resolve(false);
    });
    rl.question(`${question} [y/N] `, (answer) => {
      answered = true;
      resolve(/^y(es)?$/i.test(answer.trim()));
      rl.close();
    });
  });
}

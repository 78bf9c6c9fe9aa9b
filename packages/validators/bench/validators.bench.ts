// pnpm bench: validations per second of the generated validators against zod 4 and against Ajv
// compiled at run time, on the device settings profile and the posture rule, valid and invalid; then
// the size of one guard's bundle. Every contender checks the same value; each payload is warmed up,
// then measured in interleaved rounds of enough calls each, and every goal is the median of the
// ratios measured in the same round. The goals (bench/validators-goals.ts) are checked at the end:
// the run exits non-zero while any is missed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { build } from "esbuild";
import { type Goal, reportGoals } from "../../../scripts/bench/goals.js";
import {
  devicePostureRuleValidator,
  isDevicePostureRule,
  isSettingsPolicy,
  settingsPolicyValidator,
} from "../src/index.js";
import { POSTURE_RULE_GUARD_GZIP_LIMIT } from "../test/_size-limit.js";
import { interleave } from "./_interleave.js";
import { validatorGoals } from "./validators-goals.js";
import { devicePostureRule, settingsPolicy } from "./zod-schemas.js";

const addFormats = ((formatsModule as { default?: unknown }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => void;
const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../spec/dist/openapi.json"), "utf8"),
);

// Ajv, as an application would compile the spec at run time: OpenAPI annotations allowed,
// discriminators decided by Ajv's own option (which does not read `mapping`).
function runtimeAjv(allErrors: boolean) {
  const components = JSON.parse(JSON.stringify(spec.components), (key, value) =>
    key === "mapping" ? undefined : value,
  );
  const ajv = new Ajv2020({ allErrors, strict: false, discriminator: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "spec", components });
  return (name: string) => ajv.compile({ $ref: `spec#/components/schemas/${name}` });
}

function exampleResult(path: string, method: string): Record<string, unknown> {
  const media = spec.paths[path][method].responses["200"].content["application/json"];
  return structuredClone(media.example.result);
}

const settings = exampleResult("/accounts/{account_id}/devices/policy/{policy_id}", "get");
const badSettings = structuredClone(settings) as Record<string, unknown> & {
  exclude: Record<string, unknown>[];
};
badSettings.auto_connect = "0";
badSettings.exclude = [{ address: "10.0.0.0/8", description: "x".repeat(101) }, {}];
const rule = exampleResult("/accounts/{account_id}/devices/posture/{rule_id}", "get");
const badRule = { ...rule, input: { operating_system: "beos" }, match: [{ platform: "amiga" }] };

const ajvFirst = runtimeAjv(false);
const ajvAll = runtimeAjv(true);
const cases = [
  {
    schema: "SettingsPolicy",
    ours: settingsPolicyValidator,
    is: isSettingsPolicy,
    zod: settingsPolicy,
    valid: settings,
    invalid: badSettings,
  },
  {
    schema: "DevicePostureRule",
    ours: devicePostureRuleValidator,
    is: isDevicePostureRule,
    zod: devicePostureRule,
    valid: rule,
    invalid: badRule,
  },
];

const rows: string[][] = [];
const goals: Goal[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
for (const c of cases) {
  const ajv = ajvFirst(c.schema);
  const ajvCollect = ajvAll(c.schema);
  for (const [label, value] of [
    ["valid", c.valid],
    ["invalid", c.invalid],
  ] as const) {
    const expected = label === "valid";
    const agree = [
      c.is(value),
      c.ours.validate(value).issues === undefined,
      c.zod.safeParse(value).success,
      ajv(value),
    ];
    if (agree.some((ok) => ok !== expected))
      throw new Error(`${c.schema} ${label}: the contenders disagree (${agree})`);
    const measured = interleave([
      { name: "ours is()", run: () => c.is(value) },
      { name: "ours validate()", run: () => c.ours.validate(value) },
      { name: "zod 4 safeParse()", run: () => c.zod.safeParse(value) },
      { name: "Ajv (runtime)", run: () => ajv(value) },
      { name: "Ajv allErrors (runtime)", run: () => ajvCollect(value) },
    ]);
    for (const name of measured.samples.keys()) {
      rows.push([`${c.schema} ${label}`, name, fmt(measured.rate(name))]);
    }
    goals.push(
      ...validatorGoals({
        payload: `${c.schema} ${label}`,
        valid: expected,
        validateOverZod: measured.ratio("ours validate()", "zod 4 safeParse()"),
        isOverAjv: measured.ratio("ours is()", "Ajv (runtime)"),
        validateOverAjvAllErrors: measured.ratio("ours validate()", "Ajv allErrors (runtime)"),
      }),
    );
  }
}

const width = [28, 26, 14];
console.log(["payload", "validator", "ops/s"].map((h, i) => h.padEnd(width[i] ?? 0)).join(""));
for (const row of rows)
  console.log(
    row
      .map((cell, i) => (i === 2 ? cell.padStart(width[i] ?? 0) : cell.padEnd(width[i] ?? 0)))
      .join(""),
  );

const bundle = await build({
  stdin: {
    contents: 'export { isDevicePostureRule } from "./index.js";',
    resolveDir: join(import.meta.dirname, "../src"),
    loader: "ts",
  },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
});
const code = bundle.outputFiles[0]?.text ?? "";
// Its limit is held by a test, test/size.test.ts, not by this run: a size is no timing.
console.log(
  `\nisDevicePostureRule bundle: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} bytes gzip` +
    ` (limit < ${POSTURE_RULE_GUARD_GZIP_LIMIT}, test/size.test.ts)`,
);
process.exitCode = reportGoals(goals);

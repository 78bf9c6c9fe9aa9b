import { describe, expectTypeOf, it } from "vitest";
import type {
  CreateDeviceSettingsPolicyResult,
  DevicePostureRule,
  ExcludeSplitTunnelWithAddress,
  ExcludeSplitTunnelWithHost,
  FileInput,
  GetPhysicalDeviceResult,
  GetPostureRuleResult,
  IntegrationCreateRequest,
  ListPhysicalDevicesParams,
  ListPostureRulesResult,
  OSVersionInput,
  operations,
  PostureRuleRequest,
  SetDefaultSplitTunnelExcludesBody,
  SplitTunnelExclude,
  WorkspaceOneConfig,
} from "./index.js";

describe("unions narrow on their discriminant", () => {
  it("a posture rule's type decides its input", () => {
    const rule = {} as DevicePostureRule;
    if (rule.type === "file") expectTypeOf(rule.input).toEqualTypeOf<FileInput | undefined>();
    if (rule.type === "os_version")
      expectTypeOf(rule.input).toEqualTypeOf<OSVersionInput | undefined>();
  });

  it("an integration's type decides its config", () => {
    const request = {} as IntegrationCreateRequest;
    if (request.type === "workspace_one")
      expectTypeOf(request.config).toEqualTypeOf<WorkspaceOneConfig>();
  });

  it("a split tunnel entry is an address or a host", () => {
    const entry = {} as SplitTunnelExclude;
    // Each form declares the other's key as `never`, so the entry narrows on the key's value.
    if (entry.address !== undefined)
      expectTypeOf(entry).toEqualTypeOf<ExcludeSplitTunnelWithAddress>();
    else expectTypeOf(entry).toEqualTypeOf<ExcludeSplitTunnelWithHost>();
  });

  it("a split tunnel entry with both an address and a host does not type-check", () => {
    // @ts-expect-error an entry is an address or a host, never both
    const both: SplitTunnelExclude = { address: "192.0.2.0/24", host: "example.com" };
    const address: SplitTunnelExclude = { address: "192.0.2.0/24" };
    const host: SplitTunnelExclude = { host: "example.com" };
    expectTypeOf([both, address, host]).toEqualTypeOf<SplitTunnelExclude[]>();
  });

  it("rejects an input of another type's shape", () => {
    const wrong: PostureRuleRequest = {
      name: "Disk encrypted",
      type: "disk_encryption",
      // @ts-expect-error a file input does not fit a disk_encryption rule
      input: { operating_system: "windows", path: "C:\\\\x", requireAll: "yes" },
    };
    expectTypeOf(wrong).toMatchTypeOf<PostureRuleRequest>();
  });
});

describe("required fields are required", () => {
  it("a posture rule request needs a name and a type", () => {
    // @ts-expect-error name is required
    const noName: PostureRuleRequest = { type: "warp" };
    // @ts-expect-error type is required
    const noType: PostureRuleRequest = { name: "WARP on" };
    expectTypeOf(noName).not.toBeAny();
    expectTypeOf(noType).not.toBeAny();
  });

  it("query arrays and dot-notation filters are typed as the API takes them", () => {
    expectTypeOf<NonNullable<ListPhysicalDevicesParams["query"]>["id"]>().toEqualTypeOf<
      string[] | undefined
    >();
    expectTypeOf<
      NonNullable<ListPhysicalDevicesParams["query"]>["last_seen_user.email"]
    >().toEqualTypeOf<string | undefined>();
  });

  it("a split tunnel list body is a top-level array", () => {
    expectTypeOf<SetDefaultSplitTunnelExcludesBody>().toEqualTypeOf<SplitTunnelExclude[]>();
  });
});

describe("results are usable without casts", () => {
  it("get, list and create results have their fields", () => {
    expectTypeOf<GetPostureRuleResult>().toEqualTypeOf<DevicePostureRule>();
    expectTypeOf<ListPostureRulesResult>().toEqualTypeOf<DevicePostureRule[]>();
    // Every answer carries its record's id.
    expectTypeOf<CreateDeviceSettingsPolicyResult["policy_id"]>().toEqualTypeOf<string>();
    const rule = {} as GetPostureRuleResult;
    expectTypeOf(rule.name).toEqualTypeOf<string | undefined>();
  });

  it("fields the API sends as null are nullable", () => {
    expectTypeOf<GetPhysicalDeviceResult["last_seen_at"]>().toEqualTypeOf<string | null>();
    expectTypeOf<GetPhysicalDeviceResult["serial_number"]>().toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf<Extract<GetPhysicalDeviceResult["last_seen_user"], null>>().toEqualTypeOf<null>();
  });
});

describe("every operation", () => {
  type Ok<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } }
    ? B
    : never;
  type ResultOf<Op> = Ok<Op> extends { result?: infer R } ? R : Ok<Op>;

  it("has a successful response body and a result type that is not never", () => {
    type WithoutBody = {
      [K in keyof operations]: [Ok<operations[K]>] extends [never] ? K : never;
    }[keyof operations];
    type WithoutResult = {
      [K in keyof operations]: [ResultOf<operations[K]>] extends [never] ? K : never;
    }[keyof operations];
    expectTypeOf<WithoutBody>().toBeNever();
    expectTypeOf<WithoutResult>().toBeNever();
  });

  it("reads result without a cast on single-object responses", () => {
    expectTypeOf<ResultOf<operations["getDeviceSettingsPolicy"]>>().toHaveProperty("policy_id");
    expectTypeOf<ResultOf<operations["getIpProfile"]>>().toHaveProperty("subnet_id");
    expectTypeOf<ResultOf<operations["getFleetStatusLive"]>>().toHaveProperty("deviceId");
  });
});

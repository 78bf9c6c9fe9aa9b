// The spec's SettingsPolicy and DevicePostureRule written by hand in zod 4, field for field, for the
// benchmark. Objects are loose because the spec's are open (unknown keys are allowed and kept).
import { z } from "zod";

const operator = z.enum(["<", "<=", ">", ">=", "=="]);
const fileLike = z.looseObject({
  operating_system: z.enum(["windows", "linux", "mac"]),
  path: z.string(),
  sha256: z.string().optional(),
  thumbprint: z.string().optional(),
});
const tanium = z.looseObject({
  connection_id: z.string(),
  eid_last_seen: z.string().optional(),
  operator: operator.optional(),
  risk_level: z.enum(["low", "medium", "high", "critical"]).optional(),
  scoreOperator: operator.optional(),
  total_score: z.number().optional(),
});
const empty = z.strictObject({});

const inputs = {
  file: fileLike.extend({ exists: z.boolean().optional() }),
  application: fileLike,
  tanium,
  gateway: empty,
  warp: empty,
  disk_encryption: z.looseObject({
    checkDisks: z.array(z.string()).optional(),
    requireAll: z.boolean().optional(),
  }),
  serial_number: z.looseObject({ id: z.string().max(36) }),
  sentinelone: fileLike,
  carbonblack: fileLike,
  firewall: z.looseObject({ enabled: z.boolean(), operating_system: z.enum(["windows", "mac"]) }),
  os_version: z.looseObject({
    operating_system: z.enum(["windows"]),
    operator,
    version: z.string(),
    os_distro_name: z.string().optional(),
    os_distro_revision: z.string().optional(),
    os_version_extra: z.string().optional(),
  }),
  domain_joined: z.looseObject({
    operating_system: z.enum(["windows"]),
    domain: z.string().optional(),
  }),
  client_certificate: z.looseObject({ certificate_id: z.string().max(36), cn: z.string() }),
  client_certificate_v2: z.looseObject({
    certificate_id: z.string().max(36),
    check_private_key: z.boolean(),
    operating_system: z.enum(["windows", "linux", "mac"]),
    cn: z.string().optional(),
    extended_key_usage: z.array(z.enum(["clientAuth", "emailProtection"])).optional(),
    locations: z
      .looseObject({
        paths: z.array(z.string()).optional(),
        trust_stores: z.array(z.enum(["system", "user"])).optional(),
      })
      .optional(),
    subject_alternative_names: z.array(z.string()).optional(),
  }),
  antivirus: z.looseObject({ update_window_days: z.number().optional() }),
  unique_client_id: z.looseObject({
    id: z.string(),
    operating_system: z.enum(["android", "ios", "chromeos"]),
  }),
  kolide: z.looseObject({
    connection_id: z.string(),
    countOperator: operator,
    issue_count: z.string(),
  }),
  tanium_s2s: tanium,
  crowdstrike_s2s: z.looseObject({
    connection_id: z.string(),
    last_seen: z.string().optional(),
    operator: operator.optional(),
    os: z.string().optional(),
    overall: z.string().optional(),
    sensor_config: z.string().optional(),
    state: z.enum(["online", "offline", "unknown"]).optional(),
    version: z.string().optional(),
    versionOperator: operator.optional(),
  }),
  intune: z.looseObject({
    compliance_status: z.enum([
      "compliant",
      "noncompliant",
      "unknown",
      "notapplicable",
      "ingraceperiod",
      "error",
    ]),
    connection_id: z.string(),
  }),
  workspace_one: z.looseObject({
    compliance_status: z.enum(["compliant", "noncompliant", "unknown"]),
    connection_id: z.string(),
  }),
  sentinelone_s2s: z.looseObject({
    connection_id: z.string(),
    active_threats: z.number().optional(),
    infected: z.boolean().optional(),
    is_active: z.boolean().optional(),
    network_status: z.enum(["connected", "disconnected", "disconnecting", "connecting"]).optional(),
    operational_state: z
      .enum([
        "na",
        "partially_disabled",
        "auto_fully_disabled",
        "fully_disabled",
        "auto_partially_disabled",
        "disabled_error",
        "db_corruption",
      ])
      .optional(),
    operator: operator.optional(),
  }),
  custom_s2s: z.looseObject({ connection_id: z.string(), operator, score: z.number() }),
};

const ruleBase = z.looseObject({
  id: z.string().max(36).optional(),
  description: z.string().optional(),
  expiration: z.string().optional(),
  match: z
    .array(
      z.looseObject({
        platform: z.enum(["windows", "mac", "linux", "android", "ios", "chromeos"]).optional(),
      }),
    )
    .optional(),
  name: z.string().optional(),
  schedule: z.string().optional(),
});

type Tag = keyof typeof inputs;
const variants = (Object.keys(inputs) as Tag[]).map((tag) =>
  ruleBase.extend({ type: z.literal(tag), input: inputs[tag].optional() }),
);

/** `DevicePostureRule`: the common fields and one variant per `type`. */
export const devicePostureRule = z.discriminatedUnion(
  "type",
  variants as unknown as [(typeof variants)[number], ...(typeof variants)[number][]],
);

const splitTunnelEntry = z.union([
  z.looseObject({ address: z.string(), description: z.string().max(100).optional() }),
  z.looseObject({ host: z.string(), description: z.string().max(100).optional() }),
]);

/** `SettingsPolicy`: a device settings profile. */
export const settingsPolicy = z.looseObject({
  allow_mode_switch: z.boolean().optional(),
  allow_updates: z.boolean().optional(),
  allowed_to_leave: z.boolean().optional(),
  auto_connect: z.number().optional(),
  captive_portal: z.number().optional(),
  default: z.boolean().optional(),
  disable_auto_fallback: z.boolean().optional(),
  enabled: z.boolean().optional(),
  exclude: z.array(splitTunnelEntry).optional(),
  exclude_office_ips: z.boolean().optional(),
  fallback_domains: z
    .array(
      z.looseObject({
        suffix: z.string(),
        description: z.string().max(100).optional(),
        dns_server: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  gateway_unique_id: z.string().optional(),
  include: z.array(splitTunnelEntry).optional(),
  lan_allow_minutes: z.number().optional(),
  lan_allow_subnet_size: z.number().optional(),
  match: z.string().max(500).optional(),
  name: z.string().max(100).optional(),
  policy_id: z.string().max(36).optional(),
  precedence: z.number().optional(),
  register_interface_ip_with_dns: z.boolean().optional(),
  sccm_vpn_boundary_support: z.boolean().optional(),
  service_mode_v2: z
    .looseObject({ mode: z.string().optional(), port: z.number().optional() })
    .optional(),
  support_url: z.string().optional(),
  switch_locked: z.boolean().optional(),
  target_tests: z
    .array(z.looseObject({ id: z.string().optional(), name: z.string().optional() }))
    .optional(),
  tunnel_protocol: z.string().optional(),
});

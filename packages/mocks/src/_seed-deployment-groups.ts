import type { DeploymentGroup } from "@zt-devices/types";
import type { IdSource } from "./create-store.js";

// Rings of a staged rollout, as an admin sets them up: the first pins each platform, the last
// leaves the platform open (`target_environment: null`) and has no profile yet (`policy_ids: null`).
const RINGS = [
  {
    name: "Ring 0",
    version_config: [
      { target_environment: "windows", version: "2025.1.861.0" },
      { target_environment: "macos", version: "2025.1.861.0" },
    ],
    profiles: [0],
  },
  {
    name: "Ring 1",
    version_config: [{ target_environment: "linux", version: "2024.12.760.0" }],
    profiles: [1],
  },
  {
    name: "Ring 2",
    version_config: [{ target_environment: null, version: "2024.11.309.0" }],
    profiles: null,
  },
];

/**
 * The deployment groups an account starts with: three rings, each custom profile in one ring at
 * most (as the API requires), with the nulls the API sends where a ring has none.
 */
export function seedDeploymentGroups(
  ids: IdSource,
  stamp: () => string,
  policyIds: readonly string[],
): Map<string, DeploymentGroup> {
  const groups = RINGS.map((ring): DeploymentGroup => {
    const created = stamp();
    return {
      id: ids.uuid(),
      name: ring.name,
      version_config: structuredClone(ring.version_config),
      policy_ids: ring.profiles?.flatMap((i) => policyIds[i] ?? []) ?? null,
      created_at: created,
      updated_at: created,
    };
  });
  return new Map(groups.map((group) => [group.id, group]));
}

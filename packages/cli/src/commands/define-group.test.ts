import { operationTable, readOperationEntry } from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { groups } from "../commands.gen.js";
import type { CommandSpec, GroupSpec } from "./command-spec.js";
import { defineGroup } from "./define-group.js";

const table = {
  listRules: ["posture.rules.list", "GET", "/accounts/{account_id}/rules", "p"],
  getCertificates: ["certificates.get", "GET", "/zones/{zone_id}/certificates"],
  ping: ["ping.get", "HEAD", "/ping"],
} as const;
const entry = (operationId: keyof typeof table) => ({ operationId, summary: "s", flags: [] });

describe("defineGroup", () => {
  it("adds each command's route, call, scope and pagination from its table entry", () => {
    const group = defineGroup(table, {
      description: "d",
      commands: {
        list: entry("listRules"),
        certificates: entry("getCertificates"),
        ping: entry("ping"),
      },
      groups: {},
    });
    expect(group.commands).toEqual({
      list: {
        ...entry("listRules"),
        route: "GET /accounts/{account_id}/rules",
        call: "posture.rules.list",
        scope: "account_id",
        pagination: "page",
      },
      certificates: {
        ...entry("getCertificates"),
        route: "GET /zones/{zone_id}/certificates",
        call: "certificates.get",
        scope: "zone_id",
      },
      ping: { ...entry("ping"), route: "HEAD /ping", call: "ping.get" },
    });
  });

  it("refuses an operationId the table does not have", () => {
    const commands = { x: { operationId: "missing", summary: "s", flags: [] } };
    // @ts-expect-error: an operationId outside the table does not compile.
    expect(() => defineGroup(table, { description: "d", commands, groups: {} })).toThrow(
      "missing is not in the operation table",
    );
  });
});

async function commandsOf(group: GroupSpec): Promise<CommandSpec[]> {
  const subs = await Promise.all(
    Object.values(group.groups).map(async (sub) => commandsOf((await sub.load()).group)),
  );
  return [...Object.values(group.commands), ...subs.flat()];
}

describe("the generated commands", () => {
  it("run every operation of the shared table once, at its route and client call", async () => {
    const loaded = await Promise.all(
      Object.values(groups).map(async (group) => commandsOf((await group.load()).group)),
    );
    const commands = loaded.flat();
    expect(commands.map((c) => c.operationId).sort()).toEqual(Object.keys(operationTable).sort());
    for (const command of commands) {
      const { name, method, path } = readOperationEntry(
        operationTable[command.operationId as keyof typeof operationTable],
      );
      expect([command.operationId, command.call, command.route]).toEqual([
        command.operationId,
        name,
        `${method} ${path}`,
      ]);
    }
  });
});

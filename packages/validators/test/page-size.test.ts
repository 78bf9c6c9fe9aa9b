import { describe, expect, it } from "vitest";
import { validateRequest } from "../src/index.js";

// A page size is a whole number of at least 1 on every list, as the API and the mock take it.
describe("per_page", () => {
  const lists = [
    "listPhysicalDevices",
    "listRegistrations",
    "listIpProfiles",
    "listDexTests",
    "listDeploymentGroups",
  ] as const;

  it.each(lists)("%s refuses 0 and 1.5 and takes 1", async (operationId) => {
    const request = (per_page: number) => ({
      params: { account_id: "acc" },
      query: { per_page },
    });
    const zero = await validateRequest(operationId, request(0) as never);
    expect(zero.issues?.map((issue) => issue.message)).toEqual(["/query/per_page must be >= 1"]);
    const fraction = await validateRequest(operationId, request(1.5) as never);
    expect(fraction.issues?.map((issue) => issue.message)).toEqual([
      "/query/per_page must be an integer",
    ]);
    const one = await validateRequest(operationId, request(1) as never);
    expect(one.issues).toBeUndefined();
  });
});

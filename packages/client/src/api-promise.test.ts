import { afterEach, describe, expect, it } from "vitest";
import { ApiPromise, type Exchange } from "./api-promise.js";

function exchange<T>(data: T): Exchange<T, { result: T }> {
  return { data, envelope: { result: data }, response: new Response(null) };
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

describe("ApiPromise", () => {
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
    unhandled.length = 0;
  });

  it("resolves to the result, and withResponse() to the whole exchange of the same request", async () => {
    const ex = exchange([1, 2]);
    const promise = new ApiPromise(Promise.resolve(ex));
    expect(await promise).toEqual([1, 2]);
    expect(await promise.withResponse()).toBe(ex);
    expect(await promise.then((d) => d.length)).toBe(2);
    expect(Object.prototype.toString.call(promise)).toBe("[object ApiPromise]");
  });

  it("rejects both ways with the same error", async () => {
    const error = new Error("403");
    const promise = new ApiPromise(Promise.reject(error));
    await expect(promise).rejects.toBe(error);
    await expect(promise.withResponse()).rejects.toBe(error);
    expect(await promise.catch((e: unknown) => e)).toBe(error);
  });

  it("runs finally callbacks", async () => {
    let ran = false;
    await new ApiPromise(Promise.resolve(exchange(1))).finally(() => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it("leaves no unhandled rejection when only one of the two is awaited", async () => {
    process.on("unhandledRejection", onUnhandled);
    const viaData = new ApiPromise(Promise.reject(new Error("a")));
    await viaData.catch(() => {});
    const viaResponse = new ApiPromise(Promise.reject(new Error("b")));
    await viaResponse.withResponse().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).toEqual([]);
  });
});

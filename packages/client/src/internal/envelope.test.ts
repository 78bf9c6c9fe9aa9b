import { describe, expect, it } from "vitest";
import { json, ok } from "../../test/_wire.js";
import { CloudflareApiError, InvalidResponseError, NotFoundError } from "../errors.js";
import { readExchange } from "./envelope.js";

const CALL = { method: "GET", path: "/accounts/{account_id}/devices/posture" };

/** Reads the body as the transport does, then unwraps it. */
async function read(response: Response, envelope = true) {
  return readExchange(response, await response.text(), CALL, envelope, (text) => text);
}

describe("readExchange", () => {
  it("unwraps the result and keeps the whole envelope", async () => {
    const response = ok([{ id: "r1" }], { page: 1, total_pages: 1 });
    const exchange = await read(response);
    expect(exchange.data).toEqual([{ id: "r1" }]);
    expect(exchange.envelope).toEqual({
      success: true,
      errors: [],
      messages: [],
      result: [{ id: "r1" }],
      result_info: { page: 1, total_pages: 1 },
    });
    expect(exchange.response).toBe(response);
  });

  it("throws on a 200 whose envelope says success: false", async () => {
    const response = json({
      success: false,
      errors: [{ code: 1003, message: "Invalid rule" }],
      messages: [],
    });
    const error = await read(response).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(error).toMatchObject({ status: 200, errors: [{ code: 1003, message: "Invalid rule" }] });
  });

  it("throws the status's class with the envelope's errors", async () => {
    const response = json(
      { success: false, errors: [{ code: 1001, message: "Not found" }], messages: [] },
      404,
    );
    const error = await read(response).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      message: "404 Not Found on GET /accounts/{account_id}/devices/posture: [1001] Not found",
      errors: [{ code: 1001, message: "Not found" }],
    });
  });

  it("throws on an error status whose body is not JSON", async () => {
    const response = new Response("<html>Bad gateway</html>", { status: 502 });
    const error = await read(response).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InternalServerError", status: 502, errors: [] });
  });

  it("throws an InvalidResponseError on a 2xx whose body is not JSON", async () => {
    const response = new Response("<html>oops</html>", { status: 200 });
    const error = await read(response).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      status: 200,
      body: "<html>oops</html>",
      message:
        "200 OK on GET /accounts/{account_id}/devices/posture: text/plain answer: <html>oops</html>",
    });
  });

  it("takes a bare body as the result when the operation has no envelope", async () => {
    const body = { deviceId: "d1", status: "connected", success: false };
    const exchange = await read(json(body), false);
    expect(exchange.data).toEqual(body);
    expect(exchange.envelope).toEqual(body);
  });

  it("gives null for an empty success answer", async () => {
    const exchange = await read(new Response(null, { status: 204 }));
    expect(exchange.data).toBeUndefined();
    expect(exchange.envelope).toBeNull();
  });

  it("ignores malformed errors arrays rather than failing on them", async () => {
    const response = json(
      { success: false, errors: "nope", messages: [null, { code: 1, message: "m" }] },
      400,
    );
    const error = await read(response).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, errors: [], messages: [{ code: 1, message: "m" }] });
  });
});

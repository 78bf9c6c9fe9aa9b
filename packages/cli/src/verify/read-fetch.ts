import { createRawClient, type FetchLike } from "@zt-devices/client";
import type { Connection } from "../args/config.js";
import type { ReadAnswer, ReadFetch } from "./verify-account.js";

type LooseGet = (
  path: string,
  init: { params: { path: Record<string, string>; query: Record<string, unknown> } },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function requestText(
  template: string,
  path: Readonly<Record<string, string>>,
  query: Readonly<Record<string, unknown>>,
): string {
  const url = template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(path[name] ?? `{${name}}`),
  );
  const search = new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]),
  ).toString();
  return search ? `${url}?${search}` : url;
}

/**
 * The GETs of `verify`, through `@zt-devices/client`'s raw client: the same credentials,
 * account, base URL, retries and timeouts as every other command, and nothing but `GET`.
 */
export function createReadFetch(connection: Connection, fetch?: FetchLike): ReadFetch {
  const raw = createRawClient({ ...connection, ...(fetch ? { fetch } : {}) });
  const get = raw.GET as unknown as LooseGet;
  const scope: Record<string, string> = {};
  if (connection.accountId) scope.account_id = connection.accountId;
  if (connection.zoneId) scope.zone_id = connection.zoneId;
  return async (operation, path, query): Promise<ReadAnswer> => {
    const { data, error, response } = await get(operation.path, {
      params: { path: { ...path }, query: { ...query } },
    });
    const request = requestText(operation.path, { ...scope, ...path }, query);
    return { status: response.status, body: response.ok ? data : error, request };
  };
}

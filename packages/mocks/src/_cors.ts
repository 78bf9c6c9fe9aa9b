import type { IncomingHttpHeaders } from "node:http";

/** What `--cors` adds to every answer: any origin, and the headers clients read. */
export const corsHeaders: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "cf-ray, retry-after, allow",
};

/** The headers of the 204 answering a browser's preflight (`OPTIONS`) with `--cors`. */
export function preflight(headers: IncomingHttpHeaders): Record<string, string> {
  const asked = headers["access-control-request-headers"];
  return {
    ...corsHeaders,
    "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE",
    "access-control-allow-headers":
      typeof asked === "string" && asked !== "" ? asked : "authorization, content-type",
    "access-control-max-age": "600",
    "content-length": "0",
  };
}

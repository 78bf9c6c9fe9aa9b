import type { operations } from "@zt-devices/types";
import type { RequestIssue } from "@zt-devices/validators/operations";

/** The parts of a request checked against the spec. */
export interface RequestParts {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
}

let validators: Promise<typeof import("@zt-devices/validators/operations")> | undefined;

/** Starts importing the validators now, so that the first request does not wait for all of it. */
export function preloadValidators(): void {
  validators ??= import("@zt-devices/validators/operations");
}

/**
 * Checks a request with @zt-devices/validators, imported on first use (and each operation's
 * validators by it on first use of that operation), so a mock that never validates never loads them.
 * Parameters arrive already typed (see `readQuery`), so no wire coercion is asked for.
 */
export async function requestIssues(
  operationId: string,
  parts: RequestParts,
): Promise<readonly RequestIssue[]> {
  validators ??= import("@zt-devices/validators/operations");
  const { validateRequest } = await validators;
  const result = await validateRequest(operationId as keyof operations & string, parts);
  return result.issues ?? [];
}

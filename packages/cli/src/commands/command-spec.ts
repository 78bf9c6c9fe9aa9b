/** How a flag's text becomes a value: parsed as a number, a boolean switch, or JSON (`@file` too). */
export type FlagType = "string" | "number" | "integer" | "boolean" | "json";

/** One option of a command, as the generator derives it from a parameter or a body field. */
export interface FlagSpec {
  /** The option without its dashes, kebab-case: `per-page`, `last-seen-user.email`. */
  readonly flag: string;
  /** The parameter or body field it fills, as the API names it: `per_page`. */
  readonly name: string;
  readonly in: "path" | "query" | "body";
  readonly type: FlagType;
  /** Repeat the option to give several values (`--id a --id b`). */
  readonly array?: true;
  readonly required?: true;
  /** The values the API accepts. */
  readonly enum?: readonly (string | number)[];
  readonly description?: string;
}

/** The request body of a command: an object (whose scalar fields are also flags) or anything else. */
export interface BodySpec {
  readonly kind: "object" | "array" | "value";
  readonly required: boolean;
}

/**
 * One operation as a command: what help shows, what flags it takes, how its result is shown. Its
 * route, call, scope and pagination come from `@zt-devices/types/operations` (`defineGroup`).
 */
export interface CommandSpec {
  /** The spec's operationId, which also names the request validator. */
  readonly operationId: string;
  /** `GET /accounts/{account_id}/devices/posture`, for help. */
  readonly route: string;
  readonly summary: string;
  readonly description?: string;
  /** Dotted path of the client method: `policies.default.excludes.update`. */
  readonly call: string;
  /** `account_id` or `zone_id` when the path starts with one. */
  readonly scope?: "account_id" | "zone_id";
  readonly flags: readonly FlagSpec[];
  readonly body?: BodySpec;
  readonly pagination?: "page" | "cursor";
  /** Deletes, revokes or resets: asks first on a terminal, needs `--yes` elsewhere. */
  readonly destructive?: true;
  /** Set for deprecated operations: what to use instead, as commands (`registrations list`). */
  readonly deprecated?: string;
  /** Fields shown as table columns, in order; dotted for one level of nesting. */
  readonly columns?: readonly string[];
}

/**
 * One command as its generated module writes it: what is the CLI's own. The rest of a
 * `CommandSpec` (route, call, scope, pagination) is the shared operation table's (`defineGroup`).
 */
export type CommandEntry = Omit<CommandSpec, "route" | "call" | "scope" | "pagination">;

/** A command group: its commands and its sub-groups (each loaded only when named), by kebab-case name. */
export interface GroupSpec {
  readonly description: string;
  readonly commands: { readonly [name: string]: CommandSpec };
  readonly groups: { readonly [name: string]: GroupEntry };
}

/** What the root index, or a group, knows of a group without loading its module. */
export interface GroupEntry {
  readonly description: string;
  readonly load: () => Promise<{ readonly group: GroupSpec }>;
}

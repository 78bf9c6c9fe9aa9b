/** How a change affects the packages generated from the spec, in semver terms. */
export type ChangeClass = "breaking" | "minor" | "patch";

/** Which side of the API a schema describes: what callers send, what they receive, or both. */
export type Direction = "request" | "response" | "both";

/** What kind of change was found; one name per rule in decisions/spec-diff-rules.md. */
export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-id-renamed"
  | "deprecated"
  | "parameter-added"
  | "parameter-removed"
  | "parameter-required"
  | "parameter-optional"
  | "request-body-added"
  | "request-body-removed"
  | "request-body-required"
  | "request-body-optional"
  | "response-added"
  | "response-removed"
  | "header-added"
  | "header-removed"
  | "security-added"
  | "security-removed"
  | "media-type-added"
  | "media-type-removed"
  | "property-added"
  | "property-removed"
  | "property-required"
  | "property-optional"
  | "type-narrowed"
  | "type-widened"
  | "type-changed"
  | "enum-value-added"
  | "enum-value-removed"
  | "enum-added"
  | "enum-removed"
  | "variant-added"
  | "variant-removed"
  | "union-introduced"
  | "union-dropped"
  | "constraint-tightened"
  | "constraint-loosened"
  | "default-changed"
  | "schema-added"
  | "schema-removed"
  | "description-changed"
  | "example-changed";

/** One classified difference between two bundled specs. */
export interface Change {
  class: ChangeClass;
  kind: ChangeKind;
  /**
   * RFC 6901 pointer to where the change lives in the bundled spec: in the old document for
   * removals, in the new one otherwise. Changes inside a `$ref`ed component point into the component.
   */
  pointer: string;
  /** One line a person can read without opening the spec. */
  message: string;
}

/** Severity order, most severe first; also the order in which reports group changes. */
export const CHANGE_CLASSES: readonly ChangeClass[] = ["breaking", "minor", "patch"];

/** Picks the class that applies in `direction`; `both` takes the more severe of the two. */
export function classFor(
  direction: Direction,
  onRequest: ChangeClass,
  onResponse: ChangeClass,
): ChangeClass {
  if (direction === "request") return onRequest;
  if (direction === "response") return onResponse;
  return CHANGE_CLASSES.indexOf(onRequest) <= CHANGE_CLASSES.indexOf(onResponse)
    ? onRequest
    : onResponse;
}

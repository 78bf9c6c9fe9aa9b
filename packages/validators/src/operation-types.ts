// The operation type helpers are declared once, in @zt-devices/types; the validators' generated
// modules and public API name them from here.
export type {
  BodyOf,
  PathOf,
  QueryOf,
  RequestOf,
  ResponseOf,
} from "@zt-devices/types";

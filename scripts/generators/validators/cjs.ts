/**
 * The default export of a CommonJS module imported from ESM: TypeScript types it as `module.default`,
 * Node hands over `module.exports`, which for Ajv's modules is the same function.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}

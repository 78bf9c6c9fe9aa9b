import { callOperation } from "./call.js";
import type { Context } from "./context.js";
import { type Descriptor, type DescriptorTree, prepareOperation } from "./operation.js";

/**
 * Turns the generated descriptor table into the resource tree: one function per operation, one
 * nested object per group. The result is typed by the caller with the generated interface.
 */
export function bindResources(
  tree: DescriptorTree,
  ctx: Context,
  prefix = "",
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in tree) {
    const node = tree[key] as Descriptor | DescriptorTree;
    if (Array.isArray(node)) {
      const op = prepareOperation(prefix + key, node as Descriptor);
      out[key] = (...args: unknown[]) => callOperation(ctx, op, args);
    } else {
      out[key] = bindResources(node as DescriptorTree, ctx, `${prefix}${key}.`);
    }
  }
  return out;
}

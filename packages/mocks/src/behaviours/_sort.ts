function valueAt(record: unknown, path: string): unknown {
  let node = record;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/**
 * Sorts by a (dotted) field, ascending unless `order` is `desc`; records without the field go
 * last. Without a field, the order records were created in is kept.
 */
export function sortBy<T>(records: T[], field: string | undefined, order: unknown): T[] {
  if (field === undefined) return records;
  const sign = order === "desc" ? -1 : 1;
  return [...records].sort((a, b) => {
    const x = valueAt(a, field);
    const y = valueAt(b, field);
    if (x === y) return 0;
    if (x === undefined || x === null) return 1;
    if (y === undefined || y === null) return -1;
    return (x < y ? -1 : 1) * sign;
  });
}

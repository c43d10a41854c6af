/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument and
 * throws a RangeError past about a hundred thousand of them, which a long document (or a
 * hostile one) reaches easily.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

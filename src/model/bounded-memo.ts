/**
 * Remembers a function's results for values that repeat across many rows (a million events fall on a few
 * thousand days and use a few hundred predicates), up to a size at which it starts over, which only costs
 * speed. Keys are the inputs themselves, so a memo fits pure functions of one string or number.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, maxSize: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    // One lookup for a known key; has() is asked only when the stored value is undefined itself.
    const seen = known.get(key);
    if (seen !== undefined || known.has(key)) return seen as V;
    const value = compute(key);
    if (known.size >= maxSize) known.clear();
    known.set(key, value);
    return value;
  };
}

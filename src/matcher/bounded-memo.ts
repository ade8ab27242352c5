/**
 * `compute`, remembered per key. Bounded: past `limit` keys it starts afresh rather than grow, so a
 * flood of distinct inputs (characters, words, sentences) costs recomputation, never memory.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/** The value of a key, made and stored first when the map has none. */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Adds one to a key's count. */
export function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Keys by count, most first. */
export function byCount<K>(map: ReadonlyMap<K, number>): K[] {
  return [...map].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

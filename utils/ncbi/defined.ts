/** Copies the defined values of `optional` onto `base`, so absent fields stay absent (not `undefined`). */
export function withDefined<T extends object>(base: T, optional: Partial<T>): T {
  const result = { ...base };
  for (const [key, value] of Object.entries(optional) as [keyof T, T[keyof T] | undefined][]) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lays `over` on `base`: objects merge key by key, anything else (arrays included)
 * replaces. So a page can take a preset and change only its booking link. An object of
 * another `type` (a request channel: email → endpoint) replaces too: its fields are others.
 */
export function mergeSettings(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over) || base.type !== over.type) return over === undefined ? base : over;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // Own-property guard: JSON can carry "__proto__" as a key.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = mergeSettings(base[key], value);
  }
  return merged;
}

// The settings checker: zod and the settings schema, loaded only when a page's settings
// need checking (src/settings/load.ts; sealed settings and shipped presets do not).
import { mergeSettings } from './merge.js';
import { formatPath, problemsFromIssues, type SettingsProblem } from './problems.js';
import { MAX_LIST, settingsSchema, type Settings } from './schema.js';

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] };

/** Problems listed for the editor: the first few say what to fix, a thousand would bury them. */
const MAX_PROBLEMS = 20;

/**
 * The first list or text far larger than any settings need (a pasted export, a loop gone
 * wrong), found before validation so that 100,000 entries cost a walk, not a freeze.
 */
function oversizedAt(value: unknown, path: PropertyKey[] = [], depth = 0): SettingsProblem | undefined {
  const where = formatPath(path) || '(settings)';
  if (depth > 12) return { reason: 'invalid', where, detail: 'is nested too deeply' };
  if (typeof value === 'string' && value.length > 20_000) return { reason: 'invalid', where, detail: 'is too long (at most 20,000 characters)' };
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST * 10) return { reason: 'invalid', where, detail: `must have at most ${MAX_LIST} items` };
    for (const [i, item] of value.entries()) {
      const found = oversizedAt(item, [...path, i], depth + 1);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizedAt(item, [...path, key], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Lays the sources over each other (lowest precedence first) and checks the result. */
export function checkSettings(layers: readonly unknown[]): SettingsResult {
  // Each layer before merging: merging walks them too, and must never meet 100,000 entries.
  for (const layer of layers) {
    const oversized = oversizedAt(layer);
    if (oversized) return { ok: false, problems: [oversized] };
  }
  const merged = layers.reduce((base, layer) => mergeSettings(base, layer), undefined);
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, problems: problemsFromIssues(parsed.error.issues, merged).slice(0, MAX_PROBLEMS) };
}

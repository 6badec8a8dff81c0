// The settings checker: zod and the settings schema, loaded only when a page's settings
// need checking (src/settings/load.ts; sealed settings and shipped presets do not).
import { mergeSettings } from './merge.js';
import { problemsFromIssues, type SettingsProblem } from './problems.js';
import { settingsSchema, type Settings } from './schema.js';
import { oversizedAt } from './size-guard.js';

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] };

/** Problems listed for the editor: the first few say what to fix, a thousand would bury them. */
const MAX_PROBLEMS = 20;

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

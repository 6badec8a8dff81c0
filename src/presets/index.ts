// Presets load on demand: a page that names no preset downloads none of them.
import type { SettingsInput } from '../settings/schema.js';

type PresetModule = { default: SettingsInput };

const presets: Record<string, () => Promise<PresetModule>> = {
  trento: () => import('./trento.js'),
  dalmine: () => import('./dalmine.js'),
};

export const PRESET_IDS = Object.keys(presets);

/** The preset's settings, or undefined when no preset has that id. */
export async function loadPreset(id: string): Promise<SettingsInput | undefined> {
  const load = Object.hasOwn(presets, id) ? presets[id] : undefined;
  return load ? (await load()).default : undefined;
}

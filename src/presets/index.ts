// Presets load on demand: a page that names no preset downloads none of them. A preset's
// service card texts (`serviceCard`: long, in three languages, shown by the service card
// alone) are a module of their own, `<id>.service-card.ts`, loaded only for the service card.
import type { SettingsInput } from '../settings/schema.js';

type PresetModule = { default: SettingsInput };
export type ServiceCardTexts = NonNullable<SettingsInput['serviceCard']>;

const presets: Record<string, () => Promise<PresetModule>> = {
  trento: () => import('./trento.js'),
  dalmine: () => import('./dalmine.js'),
};

const serviceCards: Record<string, () => Promise<{ default: ServiceCardTexts }>> = {
  trento: () => import('./trento.service-card.js'),
};

export const PRESET_IDS = Object.keys(presets);

/**
 * The preset's settings, or undefined when no preset has that id; without its service card
 * texts when `serviceCard` is false (an element that does not show the service card).
 */
export async function loadPreset(id: string, { serviceCard = true } = {}): Promise<SettingsInput | undefined> {
  if (!Object.hasOwn(presets, id)) return undefined;
  // (A preset's id is a plain word: no preset is named like an Object property.)
  const [preset, texts] = await Promise.all([presets[id](), serviceCard ? serviceCards[id]?.() : undefined]);
  return texts ? { ...preset.default, serviceCard: texts.default } : preset.default;
}

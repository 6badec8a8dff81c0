// Gathers a comune's settings from wherever the page put them — lowest first: the preset,
// the page's settings, the tag's own script, a settings file, the tag's attributes (see
// ./sources.ts). It checks the result once, unless it is one source checked already: a
// shipped preset (checked when the package is built) or a sealed file
// (src/settings/seal.ts), alone or with a form's `endpoint` attribute over it
// (./endpoint-override.ts, with the form's code). The checker is then never downloaded.
//
// Most pages name one preset (`comune="trento"`): that is read here. Any other source — a
// settings file, settings in the page, several layered — is read by ./sources.ts, loaded
// only then (the CDN loader asks for it with the element's code when the tag says so).
import type { SettingsResult } from './check.js';
import { packageFile, readPageConfigScript, readPreset, SettingsSourceError, type SettingsSources } from './reading.js';
import type { Settings } from './schema.js';

export type { SettingsResult } from './check.js';

export async function loadSettings(sources: SettingsSources): Promise<SettingsResult> {
  const { comune, configId, configSrc, serviceCard, overrides, overChecked, root } = sources;
  try {
    if (comune && !configId && !configSrc && !readPageConfigScript(root) && (!overrides || overChecked)) {
      // One shipped preset, checked when the package was built (with a form's endpoint
      // address over it, which needs no checking either).
      const preset = await readPreset(comune, serviceCard);
      const settings = overrides ? overChecked?.(preset) : preset;
      if (settings !== undefined) return { ok: true, settings: settings as Settings };
    }
    const { loadFromSources } = await packageFile(() => import('./sources.js'));
    return await loadFromSources(sources);
  } catch (error) {
    if (error instanceof SettingsSourceError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

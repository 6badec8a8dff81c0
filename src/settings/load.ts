// Gathers a comune's settings from wherever the page put them, in DESIGN.md's order of
// precedence, and checks the result once — unless it is one source checked already: a
// shipped preset (checked when the package is built) or a sealed file (src/settings/seal.ts),
// alone or with a form's `endpoint` attribute over it (./endpoint-override.ts, with the
// form's code). The checker is then never downloaded.
//
// Most pages name one preset (`comune="trento"`): that is read here. Any other source — a
// settings file, settings in the page, several layered — is read by ./sources.ts, loaded
// only then (the CDN loader asks for it with the element's code when the tag says so).
import { loadPreset, PRESET_IDS } from '../presets/index.js';
import type { SettingsResult } from './check.js';
import type { SettingsProblem } from './problems.js';
import type { Settings } from './schema.js';

export interface SettingsSources {
  /** `comune="trento"`: a preset shipped with the package. */
  comune?: string;
  /** `config="ID"`: the id of an inline `<script type="application/json">`. */
  configId?: string;
  /** `config-src="URL"`: a JSON file, fetched once per page however many elements use it. */
  configSrc?: string;
  /** Whether the element shows the service card: only then does a preset bring its service card texts. */
  serviceCard?: boolean;
  /** Settings given as element attributes (e.g. `endpoint`); they win over everything. */
  overrides?: Record<string, unknown>;
  /**
   * The overrides laid over settings checked already, when they need no checking themselves
   * (a form's endpoint address); undefined when they do.
   */
  overChecked?: (checked: unknown) => unknown;
  /** Where `config` ids and the page-wide script are looked up. */
  root: Document | ShadowRoot;
}

export type { SettingsResult } from './check.js';

export class SettingsSourceError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(problem.detail);
  }
}

/** The page's own settings (`<script type="application/json" data-cie-config>`), if it has them. */
export const readPageConfigScript = (root: Document | ShadowRoot): Element | null =>
  root.querySelector('script[type="application/json"][data-cie-config]') ??
  document.querySelector('script[type="application/json"][data-cie-config]');

/** A file of the package loaded on demand (a preset, the checker); one that does not arrive is named, not mistaken for wrong settings. */
export async function packageFile<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const url = /\b(https?:\/\/\S+)/.exec(String(error))?.[1];
    throw new SettingsSourceError({ reason: 'not-loaded', where: url ?? 'cie-widgets', detail: String(error) });
  }
}

export async function readPreset(id: string, serviceCard = false): Promise<unknown> {
  const preset = await packageFile(() => loadPreset(id.trim().toLowerCase(), { serviceCard }));
  if (!preset) {
    throw new SettingsSourceError({
      reason: 'unknown-preset',
      where: id,
      detail: `no preset "${id}"; shipped presets: ${PRESET_IDS.join(', ')}`,
    });
  }
  return preset;
}

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

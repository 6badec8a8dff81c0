// What both readers of settings share: ./load.ts (one preset alone, on every page) and
// ./sources.ts (any other source, loaded only for it). Kept apart so neither imports the other
// back.
import { loadPreset, PRESET_IDS } from '../presets/index.js';
import type { SettingsProblem } from './problems.js';

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

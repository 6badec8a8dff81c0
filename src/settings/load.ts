// Gathers a comune's settings from wherever the page put them, in DESIGN.md's order of
// precedence, and checks the result once — unless it is one source checked already: a
// shipped preset (checked when the package is built) or a sealed file (src/settings/seal.ts),
// alone or with a form's `endpoint` attribute over it (./endpoint-override.ts, with the
// form's code). The checker is then never downloaded. The code that tells a seal (about
// 0.5 KB) comes only for settings that may carry one, asked for together with them.
import { loadPreset, PRESET_IDS } from '../presets/index.js';
import type { SettingsResult } from './check.js';
import type { SettingsProblem } from './problems.js';
import type { Settings } from './schema.js';
import { settingsResponse, settingsUrl } from './early-request.js';

export interface SettingsSources {
  /** `comune="trento"`: a preset shipped with the package. */
  comune?: string;
  /** `config="ID"`: the id of an inline `<script type="application/json">`. */
  configId?: string;
  /** `config-src="URL"`: a JSON file, fetched once per page however many elements use it. */
  configSrc?: string;
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

class SettingsSourceError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(problem.detail);
  }
}

const fetches = new Map<string, Promise<unknown>>();
/** Said once a page: a seal that no longer matches its settings. */
let toldStaleSeal = false;

/** The JSON at `url`, fetched at most once per page (elements share the promise). */
function fetchSettingsJson(url: string): Promise<unknown> {
  const absolute = settingsUrl(url);
  let pending = fetches.get(absolute);
  if (!pending) {
    pending = fetchJson(absolute);
    fetches.set(absolute, pending);
  }
  return pending;
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await settingsResponse(url);
  } catch (error) {
    throw new SettingsSourceError({ reason: 'unreachable', where: url, detail: String(error) });
  }
  if (!response.ok) {
    throw new SettingsSourceError({ reason: 'unreachable', where: url, detail: `HTTP ${response.status}` });
  }
  return parseJson(await response.text(), url);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SettingsSourceError({ reason: 'not-json', where, detail: String(error) });
  }
}

const inlineConfigScript = (root: Document | ShadowRoot, id: string) => root.getElementById(id) ?? document.getElementById(id);

function readInlineConfig(root: Document | ShadowRoot, id: string): unknown {
  const script = inlineConfigScript(root, id);
  if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
    throw new SettingsSourceError({
      reason: 'no-inline-config',
      where: `#${id}`,
      detail: `no <script type="application/json" id="${id}"> on the page`,
    });
  }
  return parseJson(script.textContent ?? '', `#${id}`);
}

/** The page's own settings (`<script type="application/json" data-cie-config>`), if it has them. */
const readPageConfigScript = (root: Document | ShadowRoot): Element | null =>
  root.querySelector('script[type="application/json"][data-cie-config]') ??
  document.querySelector('script[type="application/json"][data-cie-config]');

/** Whether `value` carries a seal that still matches; false when the code for telling did not arrive. */
async function isSealedBy(sealCode: Promise<typeof import('./seal.js')> | undefined, value: unknown): Promise<boolean> {
  if (!sealCode || typeof (value as { seal?: unknown } | null)?.seal !== 'string') return false;
  return sealCode.then(
    ({ isSealed }) => isSealed(value),
    () => false,
  );
}

/** A file of the package loaded on demand (a preset, the checker); one that does not arrive is named, not mistaken for wrong settings. */
async function packageFile<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const url = /\b(https?:\/\/\S+)/.exec(String(error))?.[1];
    throw new SettingsSourceError({ reason: 'not-loaded', where: url ?? 'cie-widgets', detail: String(error) });
  }
}

async function readPreset(id: string): Promise<unknown> {
  const preset = await packageFile(() => loadPreset(id.trim().toLowerCase()));
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
  const { comune, configId, configSrc, overrides, overChecked, root } = sources;
  // A file may be sealed, and settings in the page that say so; a preset never is. What
  // tells a seal is asked for now, beside the file, not once it has arrived.
  const pageConfig = readPageConfigScript(root);
  const inPage = [pageConfig, configId ? inlineConfigScript(root, configId) : null];
  const sealCode = configSrc || inPage.some((script) => script?.textContent?.includes('"seal"')) ? import('./seal.js') : undefined;
  sealCode?.catch(() => undefined); // one that does not arrive leaves the settings to the checker
  try {
    // The preset and the settings file are asked for together; a problem with the preset
    // is told first, as it is the lowest layer.
    const [preset, fromUrl] = await Promise.allSettled([
      comune ? readPreset(comune) : undefined,
      configSrc ? fetchSettingsJson(configSrc) : undefined,
    ]).then((results) =>
      results.map((result) => {
        if (result.status === 'rejected') throw result.reason;
        return result.value;
      }),
    );
    // Lowest precedence first; each layer is laid over the ones before it.
    const layers = [preset, pageConfig ? parseJson(pageConfig.textContent ?? '', 'script[data-cie-config]') : undefined, configId ? readInlineConfig(root, configId) : undefined, fromUrl, overrides];
    const given = layers.filter((layer) => layer !== undefined);
    if (given.length === 0) {
      return {
        ok: false,
        problems: [{ reason: 'no-settings', where: '', detail: 'set comune="…", config="…" or config-src="…"' }],
      };
    }
    // Checked already, alone or with overrides that need no checking (a form's endpoint address).
    const overBase = given.length === 2 && given[1] === overrides;
    if ((given.length === 1 || overBase) && (given[0] === preset || (await isSealedBy(sealCode, given[0])))) {
      const settings = given.length === 1 ? given[0] : overChecked?.(given[0]);
      if (settings !== undefined) return { ok: true, settings: settings as Settings };
    }
    const only = (given.length === 1 || overBase) && given[0] !== null && typeof given[0] === 'object' ? (given[0] as { seal?: unknown }) : undefined;
    if (typeof only?.seal === 'string' && !toldStaleSeal) {
      toldStaleSeal = true;
      // For the editor: a page can do without the checker again once the file is sealed anew.
      console.info('[cie-widgets] the settings\' seal does not match them (edited after sealing, or sealed by another version): they are checked in the page. Import the file into the configurator and save it to seal it again.');
    }
    const { checkSettings } = await packageFile(() => import('./check.js'));
    return checkSettings(layers);
  } catch (error) {
    if (error instanceof SettingsSourceError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

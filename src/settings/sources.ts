// Settings from anything but one preset alone (./load.ts reads that): a settings file, settings
// in the page, several sources layered in DESIGN.md's order of precedence, and checked once
// unless one sealed source (src/settings/seal.ts). The code that tells a seal (about 0.5 KB)
// comes only for settings that may carry one, asked for together with them.
import type { SettingsResult } from './check.js';
import { packageFile, readPageConfigScript, readPreset, SettingsSourceError, type SettingsSources } from './reading.js';
import type { Settings } from './schema.js';
import { settingsDownloadLimits, settingsResponse, settingsUrl } from './early-request.js';
import { oversizedAt } from './size-guard.js';

const fetches = new Map<string, Promise<unknown>>();
/** Said once a page: a seal that no longer matches its settings. */
let toldStaleSeal = false;

/**
 * The JSON at `url`, fetched at most once per page (elements share the promise) while it
 * arrives; one that did not arrive is asked for again by the next element that needs it
 * ("Riprova", the element added again, another language).
 */
function fetchSettingsJson(url: string): Promise<unknown> {
  const absolute = settingsUrl(url);
  let pending = fetches.get(absolute);
  if (!pending) {
    const asked = fetchJson(absolute);
    asked.catch(() => {
      if (fetches.get(absolute) === asked) fetches.delete(absolute);
    });
    fetches.set(absolute, (pending = asked));
  }
  return pending;
}

/** Larger than any settings file needs (Trento's is 15 KB): refused before it is parsed. */
const MAX_FILE_BYTES = 1_000_000;

/** The file's text, read within the download limits; a file that stops arriving is unreachable, not wrong. */
async function readText(response: Response, url: string): Promise<string> {
  const stopped = (detail: string) => new SettingsSourceError({ reason: 'unreachable', where: url, detail });
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const { silenceMs, totalMs } = settingsDownloadLimits;
  const started = performance.now();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const left = Math.min(silenceMs, totalMs - (performance.now() - started));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), Math.max(0, left))));
    let next: ReadableStreamReadResult<Uint8Array> | 'late';
    try {
      next = await Promise.race([reader.read(), late]);
    } catch (error) {
      throw stopped(`the file stopped arriving: ${String(error)}`);
    } finally {
      clearTimeout(timer);
    }
    if (next === 'late') {
      void reader.cancel().catch(() => undefined);
      throw stopped(`the file did not arrive in full within ${Math.round(totalMs / 1000)} s, or stopped for ${Math.round(silenceMs / 1000)} s`);
    }
    if (next.done) break;
    size += next.value.length;
    if (size > MAX_FILE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new SettingsSourceError({ reason: 'invalid', where: url, detail: `is larger than ${MAX_FILE_BYTES / 1_000_000} MB` });
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.length) - chunk.length);
  return new TextDecoder().decode(bytes);
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
  return parseJson(await readText(response, url), url);
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

/** Whether `value` carries a seal that still matches; false when the code for telling did not arrive. */
async function isSealedBy(sealCode: Promise<typeof import('./seal.js')> | undefined, value: unknown): Promise<boolean> {
  if (!sealCode || typeof (value as { seal?: unknown } | null)?.seal !== 'string') return false;
  return sealCode.then(
    ({ isSealed }) => isSealed(value),
    () => false,
  );
}

export async function loadFromSources(sources: SettingsSources): Promise<SettingsResult> {
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
      comune ? readPreset(comune, sources.serviceCard) : undefined,
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
    // A sealed file skips the checker, not the walk that stops 100,000 phones freezing the page.
    const oversized = given.map((layer) => oversizedAt(layer)).find(Boolean);
    if (oversized) return { ok: false, problems: [oversized] };
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

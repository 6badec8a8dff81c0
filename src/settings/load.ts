// Gathers a comune's settings from wherever the page put them, in DESIGN.md's order of
// precedence, and validates the result once.
import { loadPreset, PRESET_IDS } from '../presets/index.js';
import { mergeSettings } from './merge.js';
import { problemsFromIssues, type SettingsProblem } from './problems.js';
import { settingsSchema, type Settings } from './schema.js';

export interface SettingsSources {
  /** `comune="trento"`: a preset shipped with the package. */
  comune?: string;
  /** `config="ID"`: the id of an inline `<script type="application/json">`. */
  configId?: string;
  /** `config-src="URL"`: a JSON file, fetched once per page however many elements use it. */
  configSrc?: string;
  /** Settings given as element attributes (e.g. `endpoint`); they win over everything. */
  overrides?: Record<string, unknown>;
  /** Where `config` ids and the page-wide script are looked up. */
  root: Document | ShadowRoot;
}

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; problems: SettingsProblem[] };

class SettingsSourceError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(problem.detail);
  }
}

const fetches = new Map<string, Promise<unknown>>();

/** The JSON at `url`, fetched at most once per page (elements share the promise). */
function fetchSettingsJson(url: string): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
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
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
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

function readInlineConfig(root: Document | ShadowRoot, id: string): unknown {
  const script = root.getElementById(id) ?? document.getElementById(id);
  if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
    throw new SettingsSourceError({
      reason: 'no-inline-config',
      where: `#${id}`,
      detail: `no <script type="application/json" id="${id}"> on the page`,
    });
  }
  return parseJson(script.textContent ?? '', `#${id}`);
}

function readPageConfig(root: Document | ShadowRoot): unknown {
  const script =
    root.querySelector('script[type="application/json"][data-cie-config]') ??
    document.querySelector('script[type="application/json"][data-cie-config]');
  return script ? parseJson(script.textContent ?? '', 'script[data-cie-config]') : undefined;
}

async function readPreset(id: string): Promise<unknown> {
  const preset = await loadPreset(id.trim().toLowerCase());
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
  const { comune, configId, configSrc, overrides, root } = sources;
  try {
    // Lowest precedence first; each layer is laid over the ones before it.
    const layers = [
      comune ? await readPreset(comune) : undefined,
      readPageConfig(root),
      configId ? readInlineConfig(root, configId) : undefined,
      configSrc ? await fetchSettingsJson(configSrc) : undefined,
      overrides,
    ];
    if (layers.every((layer) => layer === undefined)) {
      return {
        ok: false,
        problems: [{ reason: 'no-settings', where: '', detail: 'set comune="…", config="…" or config-src="…"' }],
      };
    }
    const merged = layers.reduce((base, layer) => mergeSettings(base, layer), undefined);
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success
      ? { ok: true, settings: parsed.data }
      : { ok: false, problems: problemsFromIssues(parsed.error.issues, merged) };
  } catch (error) {
    if (error instanceof SettingsSourceError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

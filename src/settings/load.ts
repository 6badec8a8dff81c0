// Gathers a comune's settings from wherever the page put them, in DESIGN.md's order of
// precedence, and validates the result once.
import { loadPreset, PRESET_IDS } from '../presets/index.js';
import { mergeSettings } from './merge.js';
import { formatPath, problemsFromIssues, type SettingsProblem } from './problems.js';
import { MAX_LIST, settingsSchema, type Settings } from './schema.js';

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
  } catch (error) {
    if (error instanceof SettingsSourceError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

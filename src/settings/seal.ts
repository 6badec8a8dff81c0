// A settings file checked once, where the editor writes it, need not be checked again in
// every citizen's browser: the configurator (and the build, for presets) adds a `seal`,
// the SHA-256 of the checked settings together with the checker's own fingerprint. A page
// whose only settings carry a seal that still matches renders them without downloading
// the checker (zod and the schema: about 11 KB gzip). Any edit after sealing, a newer
// checker (another schema), or a browser without Web Crypto (a page not on HTTPS) makes
// the seal not match, and the settings are checked as always, with the same messages.
// A seal is a promise of "checked by cie-widgets", not a signature: whoever can edit the
// file can seal it; links and text stay safe at the point of use whatever settings say
// (src/links.ts, Lit's text bindings).
import { SETTINGS_CHECKER } from '../generated/settings-checker.js';

/** JSON with every object's keys sorted: one text for the same settings however they were written. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const withoutSeal = (settings: object): object => Object.fromEntries(Object.entries(settings).filter(([key]) => key !== 'seal'));

/** The seal of `settings` (checked already) for this checker; undefined where the browser has no Web Crypto. */
export async function sealOf(settings: object): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const text = `${SETTINGS_CHECKER}\n${canonicalJson(withoutSeal(settings))}`;
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** Whether `value` is settings sealed by this checker and unchanged since. */
export async function isSealed(value: unknown): Promise<boolean> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { seal } = value as { seal?: unknown };
  if (typeof seal !== 'string') return false;
  try {
    return seal === (await sealOf(value));
  } catch {
    return false;
  }
}

/** `settings` with its seal, the seal written last (settings checked already). */
export async function sealed<T extends object>(settings: T): Promise<T & { seal?: string }> {
  const seal = await sealOf(settings);
  return seal ? { ...(withoutSeal(settings) as T), seal } : settings;
}

// A settings file (`config-src`) is asked for by the CDN loader the moment it sees the tag,
// in parallel with the element's code, instead of after that code has arrived and run.
// The element then takes that answer rather than asking again. Loader and elements are
// separate scripts (each has its copy of this module), so the requests under way are kept
// on the page's global object under a registered symbol.

const UNDER_WAY = Symbol.for('cie-widgets.settings-requests');
type Page = typeof globalThis & { [UNDER_WAY]?: Map<string, Promise<Response>> };
const underWay = (): Map<string, Promise<Response>> => ((globalThis as Page)[UNDER_WAY] ??= new Map());

/** The settings file's URL as every element resolves it: one request per file, however it was written. */
export const settingsUrl = (url: string): string => new URL(url, document.baseURI).href;

/**
 * How long a settings file may take: to start arriving (its headers), then with nothing
 * moving, then in all once the element reads it. Only the first runs while the element's
 * code is still on its way: a phone that takes 20 s to bring the code still gets the file
 * the loader asked for. Tests shorten them.
 */
export const settingsDownloadLimits = { answerMs: 15_000, silenceMs: 15_000, totalMs: 60_000 };

function request(url: string): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), settingsDownloadLimits.answerMs);
  return fetch(url, { headers: { accept: 'application/json' }, signal: abort.signal }).finally(() => clearTimeout(timer));
}

/** Asks for a settings file now, for the element that will need it (the loader); undefined when it is asked for already. */
export function requestSettingsEarly(url: string): Promise<Response> | undefined {
  const absolute = settingsUrl(url);
  if (underWay().has(absolute)) return undefined;
  const pending = request(absolute);
  pending.catch(() => undefined); // the element reads the failure; nobody else must see it as unhandled
  underWay().set(absolute, pending);
  return pending;
}

/** The answer for a settings file: the request the loader made, or a new one. */
export function settingsResponse(absolute: string): Promise<Response> {
  const early = underWay().get(absolute);
  if (!early) return request(absolute);
  underWay().delete(absolute); // a body is read once; elements share the parsed file (src/settings/load.ts)
  return early;
}

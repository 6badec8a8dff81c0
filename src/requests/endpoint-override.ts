// A form's `endpoint` attribute, as settings laid over the comune's: built here, and
// recognised here so that over settings checked already (a shipped preset, a sealed file)
// it needs no settings checker in the page. Its one value is a web address, accepted here
// only when the schema's webUrl surely accepts it as it is (test/settings.test.ts holds the
// two together); anything else goes to the checker, which names the problem.
// Only forms have the attribute: the pages of other elements never load this file.
import type { RequestKind } from './kinds.js';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `url` as the endpoint of `request`'s channel, over every other source. */
export function endpointOverride(request: RequestKind, url: string) {
  return { requests: { [request]: { channel: { type: 'endpoint', url } } } };
}

/** An absolute http(s) address written as the URL parser writes it back (so neither spaces nor `http:host`). */
function isPlainWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.href === text && /^https?:\/\//.test(text);
  } catch {
    return false;
  }
}

/**
 * Checked settings with `endpointOverride(request, url)` laid over them, as
 * src/settings/merge.ts would (the channel replaced whole), when the address needs no
 * checking; undefined otherwise.
 */
export function withPlainEndpoint(checked: unknown, request: RequestKind, url: string): unknown {
  if (!isPlainWebAddress(url) || !isPlain(checked) || !isPlain(checked.requests)) return undefined;
  const before = checked.requests[request];
  return { ...checked, requests: { ...checked.requests, [request]: { ...(isPlain(before) ? before : {}), channel: { type: 'endpoint', url } } } };
}

/**
 * The `endpoint` attribute as settings hold it: an editor writes a path on their own site
 * ("/api/cie"), settings hold absolute URLs; as typed when it is no URL at all, so the
 * settings check names it. Undefined without the attribute.
 */
export function endpointAttributeUrl(attribute: string | null | undefined): string | undefined {
  if (!attribute) return undefined;
  try {
    return new URL(attribute, document.baseURI).href;
  } catch {
    return attribute;
  }
}

// Every href the widgets render goes through here: settings are validated already, but
// a second check at the point of use keeps a javascript: URL out even if a caller
// skipped validation.
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/** The URL if its protocol is https:, http:, tel: or mailto:, otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for an E.164 number (`+390461884291`). */
export const telHref = (e164: string): string | undefined => safeHref(`tel:${e164.replace(/[^\d+]/g, '')}`);

export const mailtoHref = (address: string): string | undefined =>
  safeHref(`mailto:${encodeURI(address.trim())}`);

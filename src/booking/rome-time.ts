// Rome's clock for booking: free times are shown, grouped and booked on the counter's clock,
// not the visitor's. Its own formatter, not src/time/opening-hours.ts: sharing that file with
// this lazily loaded code moved it into the chunk every element loads (+0.5 KB on each page).

/** Made on first use: a formatter with a time zone loads the zone's data. */
let romeParts: Intl.DateTimeFormat | undefined;

/** `YYYY-MM-DDTHH:MM` on Rome's clock for an instant. */
export function romeLocal(instant: Date): string {
  romeParts ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const part = Object.fromEntries(romeParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** `YYYY-MM-DD` on Rome's clock. */
export const romeDate = (instant: Date): string => romeLocal(instant).slice(0, 10);

/**
 * The instant a Rome wall-clock time (`YYYY-MM-DDTHH:MM[:SS]`, no offset) names: systems that
 * write local times (the Designers Italia themes) mean the counter's clock, not the visitor's.
 */
export function romeInstant(local: string): Date {
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  const offsetAt = (ms: number) => Date.parse(`${romeLocal(new Date(ms))}:00Z`) - Math.floor(ms / 60_000) * 60_000;
  // Twice: the first guess may fall on the other side of a change to or from summer time.
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/** The `YYYY-MM-DD` date `days` after `isoDate`. */
export const daysAfter = (isoDate: string, days: number): string => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

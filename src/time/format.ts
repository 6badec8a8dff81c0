import type { Weekday } from '../settings/value-types.js';
import { WEEKDAYS } from '../settings/lists.js';

/** "lunedì", "Monday", "Montag": the platform knows the names, no strings to translate. */
export function weekdayName(weekday: Weekday, locale: string): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "5 gennaio", "5 January", "5. Januar" for a `YYYY-MM-DD` date. */
export function dayAndMonth(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "08:30" → "8:30", as Italian offices write it. */
export const clockLabel = (clock: string): string => clock.replace(/^0(\d)/, '$1');

/** "1 gennaio 1970", "1 January 1970", "1. Januar 1970" for a `YYYY-MM-DD` date. */
export function longDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

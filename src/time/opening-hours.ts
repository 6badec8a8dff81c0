// "Open now" for an office whose hours are written in Europe/Rome wall-clock time,
// whatever time zone the visitor's device is in.
import { WEEKDAYS, type Weekday } from '../settings/lists.js';
import type { OfficeSettings, OpeningSpan } from '../settings/schema.js';
import { addDays, isNationalHoliday } from './holidays.js';

export const OFFICE_TIME_ZONE = 'Europe/Rome';

export interface RomeWallClock {
  /** `YYYY-MM-DD` in Rome. */
  date: string;
  weekday: Weekday;
  /** Minutes since Rome's midnight. */
  minutes: number;
}

/**
 * Made on first use, not when the module loads: a browser's first formatter with a time zone
 * loads the zone data (about 15 ms on a laptop, 50–75 ms on a phone), which every page
 * would pay before its first render, though only an office's hours need it.
 */
let romeParts: Intl.DateTimeFormat | undefined;

export function romeWallClock(instant: Date): RomeWallClock {
  romeParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part = Object.fromEntries(romeParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${part.year}-${part.month}-${part.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(part.hour) * 60 + Number(part.minute) };
}

export function weekdayOf(isoDate: string): Weekday {
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7];
}

const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export type OpeningStatus =
  | { open: true; closesAt: string }
  | { open: false; next?: { daysAhead: number; weekday: Weekday; opensAt: string } };

type Closures = Pick<OfficeSettings, 'closedDates' | 'patronDay'>;

export function isClosedDay(isoDate: string, closures: Closures): boolean {
  return (
    isNationalHoliday(isoDate) ||
    closures.patronDay === isoDate.slice(5) ||
    (closures.closedDates ?? []).includes(isoDate)
  );
}

function spansOn(hours: readonly OpeningSpan[], weekday: Weekday): OpeningSpan[] {
  return hours.filter((span) => span.days.includes(weekday)).sort((a, b) => a.opens.localeCompare(b.opens));
}

/** Looks far enough ahead to get past Christmas and a long closure. */
const LOOKAHEAD_DAYS = 21;

export function openingStatus(hours: readonly OpeningSpan[], closures: Closures, now: Date): OpeningStatus {
  const today = romeWallClock(now);
  for (let daysAhead = 0; daysAhead <= LOOKAHEAD_DAYS; daysAhead++) {
    const date = addDays(today.date, daysAhead);
    if (isClosedDay(date, closures)) continue;
    const weekday = weekdayOf(date);
    for (const span of spansOn(hours, weekday)) {
      const opens = toMinutes(span.opens);
      const closes = toMinutes(span.closes);
      if (daysAhead === 0 && today.minutes >= opens && today.minutes < closes) {
        return { open: true, closesAt: span.closes };
      }
      if (daysAhead > 0 || today.minutes < opens) {
        return { open: false, next: { daysAhead, weekday, opensAt: span.opens } };
      }
    }
  }
  return { open: false };
}

/** The week as rows Monday to Sunday, each with its spans in order (empty = closed). */
export function weeklyHours(hours: readonly OpeningSpan[]): { weekday: Weekday; spans: OpeningSpan[] }[] {
  return WEEKDAYS.map((weekday) => ({ weekday, spans: spansOn(hours, weekday) }));
}

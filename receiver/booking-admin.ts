// The office's side of the counter's appointments, as the command line says it (main.ts):
// day names and spans as an office types them, and the week read back in one line a day.
import { daysAfter, romeDate } from '../src/booking/rome-time.js';
import { bookingWeek, closedDays, WeekError, type WeekSpan } from './booking.js';
import type { Queryable } from './database.js';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** What an office may type for a day: English or Italian, whole or its first three letters, or 1 (Monday) … 7. */
const DAY_WORDS = [
  ['monday', 'lunedi', 'lunedì'],
  ['tuesday', 'martedi', 'martedì'],
  ['wednesday', 'mercoledi', 'mercoledì'],
  ['thursday', 'giovedi', 'giovedì'],
  ['friday', 'venerdi', 'venerdì'],
  ['saturday', 'sabato'],
  ['sunday', 'domenica'],
];

/** 1 (Monday) … 7 (Sunday) from "mon", "lun", "lunedì", "Monday" or "1". */
export function weekdayNamed(text: string): number {
  const word = text.trim().toLowerCase();
  if (/^[1-7]$/.test(word)) return Number(word);
  const index = DAY_WORDS.findIndex((names) => names.some((name) => name === word || (word.length === 3 && name.startsWith(word))));
  if (index < 0) throw new WeekError(`"${text}" is not a day of the week (mon … sun, lun … dom, or 1 … 7)`);
  return index + 1;
}

/** "09:00-12:30" (or with an en dash) on Rome's clock. */
export function spanNamed(text: string): { opens: string; closes: string } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!match) throw new WeekError(`"${text}" is not a span like 09:00-12:30`);
  const [, h1, m1, h2, m2] = match;
  if (`${h2}:${m2}` <= `${h1}:${m1}`) throw new WeekError(`"${text}" closes before it opens`);
  return { opens: `${h1}:${m1}`, closes: `${h2}:${m2}` };
}

const spanText = (span: WeekSpan) => `${span.opens}–${span.closes}, ${span.minutes} minutes each, ${span.capacity} at a time`;

/** The week and the closed days of the next `days`, as the office reads them back. */
export async function weekText(db: Queryable, comune: string, now = new Date(), days = 92): Promise<string> {
  const week = await bookingWeek(db, comune);
  const today = romeDate(now);
  const closed = await closedDays(db, comune, today, daysAfter(today, days));
  const lines = DAY_NAMES.map((day, i) => {
    const spans = week.filter((span) => span.weekday === i + 1);
    return `  ${day.padEnd(10)} ${spans.length ? spans.map(spanText).join('; ') : 'no appointments'}`;
  });
  return [
    `Appointments at the counter of ${comune} (Rome's clock):`,
    ...lines,
    closed.length ? `Closed: ${closed.map((c) => (c.note ? `${c.day} (${c.note})` : c.day)).join(', ')}` : `No closed days in the next ${days} days.`,
  ].join('\n');
}

// The day by which the comune's time for a request runs out, counted from when its server
// received it, on Rome's calendar: the date a citizen can hold the comune to.
import type { OfficeSettings, Settings } from '../settings/schema.js';
import { addDays } from './holidays.js';
import { isClosedDay, romeWallClock, weekdayOf } from './opening-hours.js';

type ServiceTime = NonNullable<Settings['requests']['reprint']['time']>;

/**
 * `YYYY-MM-DD`. Working days skip Saturdays, Sundays, national holidays, the patron's day
 * and the office's closed dates; days are calendar days; hours are added to the moment.
 * 0 is the day it was received.
 */
export function expectedBy(time: ServiceTime, receivedAt: Date, office: Pick<OfficeSettings, 'closedDates' | 'patronDay'>): string {
  if (time.unit === 'hours') return romeWallClock(new Date(receivedAt.getTime() + time.amount * 3_600_000)).date;
  const received = romeWallClock(receivedAt).date;
  if (time.unit === 'days') return addDays(received, time.amount);
  let date = received;
  for (let left = time.amount; left > 0; ) {
    date = addDays(date, 1);
    const weekday = weekdayOf(date);
    if (weekday !== 'sat' && weekday !== 'sun' && !isClosedDay(date, office)) left -= 1;
  }
  return date;
}

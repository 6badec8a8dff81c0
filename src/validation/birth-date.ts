// The checks of a birth date (src/forms/person-checks.ts): they come with the form's code
// for checking, not with the page that shows the date's three boxes (./dates.ts).
import { isRealIsoDate } from './dates.js';

/** A birth date: real, not in the future, not before 1900. */
export function isPlausibleBirthDate(input: string, today: Date = new Date()): boolean {
  return isRealIsoDate(input) && input >= '1900-01-01' && input <= today.toISOString().slice(0, 10);
}

/** Whole years between a birth date and `today`. */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  const years = today.getUTCFullYear() - y;
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
}

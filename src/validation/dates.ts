/** A real calendar date `YYYY-MM-DD` (what `<input type="date">` gives). */
export function isRealIsoDate(input: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

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

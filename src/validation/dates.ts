// Dates as the form keeps and shows them. The checks of a birth date, read only after a
// submit, are in ./birth-date.ts with the form's code for checking.
/** A real calendar date `YYYY-MM-DD` (what `<input type="date">` gives). */
export function isRealIsoDate(input: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date typed as day, month and year in three boxes (GOV.UK's "memorable date"), kept as
 * `year-month-day` with each part as typed ("1970-1-" while the day is still missing).
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function datePartsOf(value: string): DateParts {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

export function joinDateParts({ day, month, year }: DateParts): string {
  const parts = [year.trim(), month.trim(), day.trim()];
  return parts.some(Boolean) ? parts.join('-') : '';
}

/** The ISO date (`1970-01-01`) the parts make, or undefined when they make none. */
export function isoFromDateParts(value: string): string | undefined {
  const { day, month, year } = datePartsOf(value);
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

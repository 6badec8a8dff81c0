// Italian national public holidays, when municipal offices are closed. A national fact,
// so it lives in code; a comune's own closures (patron saint, bridges) are settings.

/** `MM-DD` of the fixed-date national holidays. */
const FIXED_HOLIDAYS = new Set([
  '01-01', // Capodanno
  '01-06', // Epifania
  '04-25', // Festa della Liberazione
  '05-01', // Festa del Lavoro
  '06-02', // Festa della Repubblica
  '08-15', // Ferragosto
  '11-01', // Ognissanti
  '12-08', // Immacolata Concezione
  '12-25', // Natale
  '12-26', // Santo Stefano
]);

/** 4 October (San Francesco d'Assisi) is a national holiday again from 2026, by a 2025 law. */
const SAN_FRANCESCO_FROM = 2026;

/** Easter Sunday (Gregorian), as `MM-DD`: anonymous Gregorian algorithm (Meeus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` plus `days`, in plain calendar arithmetic (no time zones involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isNationalHoliday(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  if (FIXED_HOLIDAYS.has(monthDay)) return true;
  if (monthDay === '10-04' && year >= SAN_FRANCESCO_FROM) return true;
  // Lunedì dell'Angelo, the day after Easter Sunday.
  return addDays(`${year}-${easterSunday(year)}`, 1) === isoDate;
}

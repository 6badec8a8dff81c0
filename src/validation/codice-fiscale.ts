// Codice fiscale: shape, omocodia, a real birth date, and the check letter (DOMAIN.md).

/** Its shape once normalised (upper case, no spaces): what a payload carries. */
export const CODICE_FISCALE_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const MONTHS = 'ABCDEHLMPRST';
/** Omocodia replaces digits with these letters, 0→L … 9→V. */
const OMOCODIA = 'LMNPQRSTUV';
/** Value of a character in an odd (1-based) position: digits take the value of the letter at the same index. */
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

export type CodiceFiscaleProblem = 'shape' | 'date' | 'check-letter';

/** Upper case, no spaces: how a citizen's typing is compared and stored. */
export const normalizeCodiceFiscale = (input: string): string => input.replace(/\s+/g, '').toUpperCase();

const charIndex = (c: string): number => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

export function checkLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const index = charIndex(first15[i]);
    sum += i % 2 === 0 ? ODD_VALUES[index] : index;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Omocodia letters back to digits, at the positions that hold digits. */
const decodeDigits = (part: string): string =>
  [...part].map((c) => (OMOCODIA.includes(c) ? String(OMOCODIA.indexOf(c)) : c)).join('');

/** Birth date and sex the code encodes (after undoing omocodia). */
export function birthFromCodiceFiscale(code: string): { year2: number; month: number; day: number; sex: 'M' | 'F' } {
  const year2 = Number(decodeDigits(code.slice(6, 8)));
  const month = MONTHS.indexOf(code[8]) + 1;
  const dayField = Number(decodeDigits(code.slice(9, 11)));
  return { year2, month, day: dayField > 40 ? dayField - 40 : dayField, sex: dayField > 40 ? 'F' : 'M' };
}

function isRealDate(year2: number, month: number, day: number): boolean {
  // The century is not in the code; a day valid in 19xx or 20xx is a real date (29 Feb in 2000 and 1900 differ).
  return [1900 + year2, 2000 + year2].some((year) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

export function codiceFiscaleProblem(input: string): CodiceFiscaleProblem | undefined {
  const code = normalizeCodiceFiscale(input);
  if (!CODICE_FISCALE_SHAPE.test(code)) return 'shape';
  const { year2, month, day } = birthFromCodiceFiscale(code);
  if (!isRealDate(year2, month, day)) return 'date';
  if (checkLetter(code.slice(0, 15)) !== code[15]) return 'check-letter';
  return undefined;
}

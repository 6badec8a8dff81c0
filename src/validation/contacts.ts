// Card number, email and mobile: what a citizen types, checked and normalised.

/** CIE 3.0 card number: 2 letters (the first C), 5 digits, 2 letters, e.g. CA00000AA. */
export const CARD_NUMBER = /^C[A-Z]\d{5}[A-Z]{2}$/;

export const normalizeCardNumber = (input: string): string => input.replace(/\s+/g, '').toUpperCase();
export const isCardNumber = (input: string): boolean => CARD_NUMBER.test(normalizeCardNumber(input));

/** An address once trimmed: what a payload carries. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const isEmail = (input: string): boolean => EMAIL.test(input.trim());

/**
 * Whether an address is a PEC (certified email), which cannot receive the Ministry's
 * email with the codes: its domain is one of `pecDomains` or below one, or has a "pec" label
 * (pec.comune.esempio.it, comune.esempio.pec.it).
 */
export function isPecAddress(input: string, pecDomains: readonly string[]): boolean {
  const domain = input.trim().toLowerCase().split('@')[1] ?? '';
  const labels = domain.split('.').slice(0, -1); // a "pec" label anywhere but the top-level domain
  return labels.includes('pec') || pecDomains.some((pec) => domain === pec || domain.endsWith(`.${pec}`));
}

/**
 * An Italian mobile (3xx…, with or without +39/0039/39) or a foreign number written with
 * its + prefix, as E.164; undefined when it is neither.
 */
export function mobileToE164(input: string): string | undefined {
  const compact = input.replace(/[\s.\-/()]/g, '');
  const italian = compact.replace(/^(\+39|0039|39)(?=3\d{8,9}$)/, '');
  if (/^3\d{8,9}$/.test(italian)) return `+39${italian}`;
  const international = compact.replace(/^00/, '+');
  if (/^\+(?!39)[1-9]\d{6,14}$/.test(international)) return international;
  return undefined;
}

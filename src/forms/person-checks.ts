// Checks on a person's identity fields shared by the request forms, and the answers as
// a request carries them (normalised). Errors show from the first submit on (form-model.ts),
// so this comes with the form's code for sending, not with the page: fields reach it
// through `AnswerChecks` (src/requests/request-field.ts).
import type { ErrorKey, FieldValue, Values } from './form-model.js';
import { birthFromCodiceFiscale, codiceFiscaleProblem, normalizeCodiceFiscale } from '../validation/codice-fiscale.js';
import { isCardNumber, isEmail, isPecAddress, mobileToE164 } from '../validation/contacts.js';
import { ageOn, isPlausibleBirthDate } from '../validation/birth-date.js';
import { isoFromDateParts } from '../validation/dates.js';
import { refusedPecDomains } from '../pec-providers.js';
import type { Settings } from '../settings/schema.js';

export { normalizeCodiceFiscale } from '../validation/codice-fiscale.js';
export { mobileToE164, normalizeCardNumber } from '../validation/contacts.js';

const CODICE_FISCALE_ERRORS = { shape: 'codice-fiscale-shape', date: 'codice-fiscale-date', 'check-letter': 'codice-fiscale-check' } as const;

export function checkCodiceFiscale(value: FieldValue): ErrorKey | undefined {
  const problem = codiceFiscaleProblem(String(value));
  return problem ? CODICE_FISCALE_ERRORS[problem] : undefined;
}

export const checkCardNumber = (value: FieldValue): ErrorKey | undefined => (isCardNumber(String(value)) ? undefined : 'card-number');

export const checkMobile = (value: FieldValue): ErrorKey | undefined => (mobileToE164(String(value)) ? undefined : 'mobile');

/** An email the Ministry can write to: a real address and, unless the comune turned the rule off, not a PEC. */
export function checkPersonalEmail(settings: Settings) {
  const pecDomains = refusedPecDomains(settings);
  return (value: FieldValue): ErrorKey | undefined => {
    if (!isEmail(String(value))) return 'email';
    return pecDomains && isPecAddress(String(value), pecDomains) ? 'email-pec' : undefined;
  };
}

/**
 * A birth date that exists, matches the codice fiscale when that is valid, and fits who
 * applies (`roleField`, given where a parent may apply for a minor): the holder alone only
 * as an adult, a parent or guardian only for a minor.
 */
export function checkHolderBirthDate(codiceFiscaleField: string, roleField?: string) {
  return (value: FieldValue, values: Values): ErrorKey | undefined => {
    const date = isoFromDateParts(String(value));
    if (!date || !isPlausibleBirthDate(date)) return 'birth-date';
    const code = typeof values[codiceFiscaleField] === 'string' ? normalizeCodiceFiscale(values[codiceFiscaleField] as string) : '';
    if (code && !codiceFiscaleProblem(code)) {
      const birth = birthFromCodiceFiscale(code);
      const [year, month, day] = date.split('-').map(Number);
      if (year % 100 !== birth.year2 || month !== birth.month || day !== birth.day) return 'codice-fiscale-birth-date';
    }
    if (!roleField) return undefined;
    const role = values[roleField];
    const minor = ageOn(date) < 18;
    if (role === 'holder' && minor) return 'holder-is-minor';
    if ((role === 'parent' || role === 'guardian') && !minor) return 'holder-is-adult';
    return undefined;
  };
}

/** The confirmation of an email: the same address, ignoring case and surrounding spaces. */
export function checkSameEmail(otherField: string) {
  return (value: FieldValue, values: Values): ErrorKey | undefined =>
    String(value).trim().toLowerCase() === String(values[otherField] ?? '').trim().toLowerCase() ? undefined : 'email-mismatch';
}

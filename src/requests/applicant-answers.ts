// What a request form's answers say of the person who comes to the counter — the applicant:
// the holder, unless someone else applies (a parent for a minor) — for a booking system that
// asks it again, so the citizen does not type it twice.
import type { KnownAnswers } from '../booking/booking-system.js';

/** `values`: the form's visible answers (someone else's name is asked only when they apply). */
export function applicantAnswers(values: Readonly<Record<string, unknown>>): KnownAnswers {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  const who = text('applicantGivenName') ? 'applicant' : 'holder';
  const given = text(`${who}GivenName`);
  const family = text(`${who}FamilyName`);
  const known: KnownAnswers = {
    'given-name': given,
    'family-name': family,
    'full-name': `${given} ${family}`.trim(),
    'fiscal-code': text(`${who}CodiceFiscale`).replace(/\s+/g, '').toUpperCase(),
    email: text('email'),
    phone: text('mobile'),
  };
  return Object.fromEntries(Object.entries(known).filter(([, value]) => value));
}

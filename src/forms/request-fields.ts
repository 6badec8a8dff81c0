// Fields both request forms ask for: who applies and for which holder, the card, the
// contacts, the card's copy, the privacy notice. Specs and payload pieces only; the
// markup is in components/shared/form/request-sections.ts.
import type { Settings } from '../settings/schema.js';
import type { Attachment } from '../transport/submit.js';
import { normalizeCodiceFiscale } from '../validation/codice-fiscale.js';
import { mobileToE164, normalizeCardNumber } from '../validation/contacts.js';
import type { FieldSpec, Values } from './form-model.js';
import { checkCardNumber, checkCodiceFiscale, checkHolderBirthDate, checkMobile, checkPersonalEmail } from './person-checks.js';

export type ApplicantRole = 'holder' | 'parent' | 'guardian' | 'delegate';

/** True when someone other than the holder applies (parent, guardian, delegate). */
export const someoneElse = (values: Values) => values.applicantRole !== undefined && values.applicantRole !== 'holder';

export function holderFieldSpecs(options: { birth: boolean }): FieldSpec[] {
  return [
    { name: 'applicantRole', required: true },
    { name: 'holderGivenName', required: true },
    { name: 'holderFamilyName', required: true },
    { name: 'holderCodiceFiscale', required: true, validate: checkCodiceFiscale },
    ...(options.birth
      ? [
          { name: 'holderBirthDate', required: true, validate: checkHolderBirthDate('holderCodiceFiscale', 'applicantRole') },
          { name: 'holderBirthPlace', required: true },
        ]
      : []),
    { name: 'cardNumber', required: true, validate: checkCardNumber },
    { name: 'applicantGivenName', required: true, visibleWhen: someoneElse },
    { name: 'applicantFamilyName', required: true, visibleWhen: someoneElse },
    { name: 'applicantCodiceFiscale', required: true, visibleWhen: someoneElse, validate: checkCodiceFiscale },
  ];
}

/** The PEC domains to refuse, when the comune's settings say a PEC cannot receive the codes. */
export const refusedPecDomains = (settings: Settings) =>
  settings.contactRules?.pecNotAllowed ? (settings.contactRules.pecDomains ?? []) : undefined;

export function contactFieldSpecs(settings: Settings): FieldSpec[] {
  return [
    { name: 'email', required: true, validate: checkPersonalEmail(refusedPecDomains(settings)) },
    { name: 'mobile', required: true, validate: checkMobile },
  ];
}

/** The card's front and back, asked only while `needed` holds. */
export function cardCopyFieldSpecs(needed: () => boolean): FieldSpec[] {
  return [
    { name: 'cardFront', required: true, file: true, visibleWhen: needed },
    { name: 'cardBack', required: true, file: true, visibleWhen: needed },
  ];
}

export const privacyFieldSpec: FieldSpec = { name: 'privacyRead', required: true, requiredError: 'must-accept' };

/** Payload paths a server may name in a 400, and the shared field each belongs to. */
export const SHARED_FIELD_OF_PATH: Record<string, string> = {
  'holder.givenName': 'holderGivenName',
  'holder.familyName': 'holderFamilyName',
  'holder.codiceFiscale': 'holderCodiceFiscale',
  'holder.birthDate': 'holderBirthDate',
  'holder.birthPlace': 'holderBirthPlace',
  'holder.cardNumber': 'cardNumber',
  'applicant.givenName': 'applicantGivenName',
  'applicant.familyName': 'applicantFamilyName',
  'applicant.codiceFiscale': 'applicantCodiceFiscale',
  'contacts.email': 'email',
  'contacts.mobile': 'mobile',
  cardFront: 'cardFront',
  cardBack: 'cardBack',
};

export const textOf = (values: Values, name: string) => String(values[name] ?? '').trim();

export function holderPayload(values: Values) {
  const role = values.applicantRole as ApplicantRole;
  return {
    holder: {
      givenName: textOf(values, 'holderGivenName'),
      familyName: textOf(values, 'holderFamilyName'),
      codiceFiscale: normalizeCodiceFiscale(textOf(values, 'holderCodiceFiscale')),
      cardNumber: normalizeCardNumber(textOf(values, 'cardNumber')),
    },
    ...(role === 'holder'
      ? {}
      : {
          applicant: {
            role,
            givenName: textOf(values, 'applicantGivenName'),
            familyName: textOf(values, 'applicantFamilyName'),
            codiceFiscale: normalizeCodiceFiscale(textOf(values, 'applicantCodiceFiscale')),
          },
        }),
  };
}

export const contactsPayload = (values: Values) => ({
  email: textOf(values, 'email'),
  mobile: mobileToE164(textOf(values, 'mobile')) ?? '',
});

export function cardCopies(values: Values): Attachment[] {
  return (['cardFront', 'cardBack'] as const).flatMap((part) => {
    const file = values[part];
    return file instanceof File ? [{ part, file, name: file.name }] : [];
  });
}

export const attachmentsPayload = (attachments: Attachment[]) =>
  attachments.map(({ part, file, name }) => ({
    part: part as 'cardFront' | 'cardBack',
    name,
    type: file.type as 'application/pdf' | 'image/jpeg' | 'image/png',
    size: file.size,
  }));

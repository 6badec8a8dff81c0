// The reprint request's fields: which to show, how each is checked, and how the answers
// become the versioned payload integrators receive (src/requests/schema.ts).
import type { FieldSpec, Values } from '../../src/forms/form-model.js';
import {
  checkCardNumber,
  checkCodiceFiscale,
  checkHolderBirthDate,
  checkMobile,
  checkPersonalEmail,
} from '../../src/forms/person-checks.js';
import type { ReprintRequest } from '../../src/requests/schema.js';
import type { Settings } from '../../src/settings/schema.js';
import type { Attachment } from '../../src/transport/submit.js';
import { normalizeCodiceFiscale } from '../../src/validation/codice-fiscale.js';
import { mobileToE164, normalizeCardNumber } from '../../src/validation/contacts.js';

const someoneElse = (values: Values) => values.applicantRole !== undefined && values.applicantRole !== 'holder';

export function reprintFieldSpecs(settings: Settings): FieldSpec[] {
  const pecDomains = settings.contactRules?.pecNotAllowed ? (settings.contactRules.pecDomains ?? []) : undefined;
  // A copy of the card travels only with an online request: by email the citizen attaches
  // it to the message, at the counter they show the card itself.
  const online = () => settings.requests.reprint.channel.type === 'endpoint';
  return [
    { name: 'applicantRole', required: true },
    { name: 'holderGivenName', required: true },
    { name: 'holderFamilyName', required: true },
    { name: 'holderCodiceFiscale', required: true, validate: checkCodiceFiscale },
    { name: 'holderBirthDate', required: true, validate: checkHolderBirthDate('holderCodiceFiscale', 'applicantRole') },
    { name: 'holderBirthPlace', required: true },
    { name: 'cardNumber', required: true, validate: checkCardNumber },
    { name: 'applicantGivenName', required: true, visibleWhen: someoneElse },
    { name: 'applicantFamilyName', required: true, visibleWhen: someoneElse },
    { name: 'applicantCodiceFiscale', required: true, visibleWhen: someoneElse, validate: checkCodiceFiscale },
    { name: 'codes', required: true },
    { name: 'halves', required: true },
    { name: 'email', required: true, validate: checkPersonalEmail(pecDomains) },
    { name: 'mobile', required: true, validate: checkMobile },
    { name: 'cardFront', required: true, file: true, visibleWhen: online },
    { name: 'cardBack', required: true, file: true, visibleWhen: online },
    { name: 'codesLost', required: true, requiredError: 'must-accept' },
    { name: 'privacyRead', required: true, requiredError: 'must-accept' },
  ];
}

/** Payload paths a server may name in a 400, and the field each belongs to. */
const FIELD_OF_PATH: Record<string, string> = {
  'holder.givenName': 'holderGivenName',
  'holder.familyName': 'holderFamilyName',
  'holder.codiceFiscale': 'holderCodiceFiscale',
  'holder.birthDate': 'holderBirthDate',
  'holder.birthPlace': 'holderBirthPlace',
  'holder.cardNumber': 'cardNumber',
  'applicant.givenName': 'applicantGivenName',
  'applicant.familyName': 'applicantFamilyName',
  'applicant.codiceFiscale': 'applicantCodiceFiscale',
  'codes.which': 'codes',
  'codes.halves': 'halves',
  'contacts.email': 'email',
  'contacts.mobile': 'mobile',
  cardFront: 'cardFront',
  cardBack: 'cardBack',
};

export const reprintFieldForPath = (path: string): string | undefined => FIELD_OF_PATH[path];

const text = (values: Values, name: string) => String(values[name] ?? '').trim();

export function reprintAttachments(values: Values): Attachment[] {
  return (['cardFront', 'cardBack'] as const).flatMap((part) => {
    const file = values[part];
    return file instanceof File ? [{ part, file, name: file.name }] : [];
  });
}

export function reprintPayload(values: Values, envelope: Record<string, unknown>, attachments: Attachment[]): ReprintRequest {
  const role = values.applicantRole as 'holder' | 'parent' | 'guardian' | 'delegate';
  return {
    ...(envelope as Pick<ReprintRequest, 'schemaVersion' | 'idempotencyKey' | 'comune' | 'submittedAt' | 'locale'>),
    type: 'reprint',
    holder: {
      givenName: text(values, 'holderGivenName'),
      familyName: text(values, 'holderFamilyName'),
      codiceFiscale: normalizeCodiceFiscale(text(values, 'holderCodiceFiscale')),
      birthDate: text(values, 'holderBirthDate'),
      birthPlace: text(values, 'holderBirthPlace'),
      cardNumber: normalizeCardNumber(text(values, 'cardNumber')),
    },
    ...(role === 'holder'
      ? {}
      : {
          applicant: {
            role,
            givenName: text(values, 'applicantGivenName'),
            familyName: text(values, 'applicantFamilyName'),
            codiceFiscale: normalizeCodiceFiscale(text(values, 'applicantCodiceFiscale')),
          },
        }),
    codes: { which: values.codes as 'pin' | 'puk' | 'both', halves: values.halves as 'first' | 'second' | 'both' },
    contacts: { email: text(values, 'email'), mobile: mobileToE164(text(values, 'mobile')) ?? '' },
    declarations: { codesLost: true, privacyNoticeRead: true },
    attachments: attachments.map(({ part, file, name }) => ({
      part: part as 'cardFront' | 'cardBack',
      name,
      type: file.type as 'application/pdf' | 'image/jpeg' | 'image/png',
      size: file.size,
    })),
  };
}

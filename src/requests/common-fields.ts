// The questions both requests ask first: who applies (as the comune allows) and for which
// holder and card. Each is declared once, here; the contacts, the card's copy and the
// privacy notice are in ./closing-fields.ts.
import { msg, str } from '@lit/localize';
import type { Values } from '../forms/form-model.js';
import type { ContactUpdateRequest, ReprintRequest } from './schema.js';
import { longDate } from '../time/format.js';
import { isoFromDateParts } from '../validation/dates.js';
import type { Settings } from '../settings/schema.js';
import type { AnswerChecks, FieldContext, FormSection, LeafPath, RequestField } from './request-field.js';
import { comuneText } from '../settings/comune-text.js';

/** Payload paths both requests have: what a shared question may point at. */
export type CommonPath = LeafPath<ReprintRequest> & LeafPath<ContactUpdateRequest>;
export type CommonField = RequestField<CommonPath>;

export const APPLICANT_ROLES = ['holder', 'parent', 'guardian', 'delegate'] as const;
export type ApplicantRole = (typeof APPLICANT_ROLES)[number];

/** True when someone other than the holder applies (parent, guardian, delegate). */
export const someoneElse = (values: Values) => values.applicantRole !== undefined && values.applicantRole !== 'holder';

export const textOf = (values: Values, name: string) => String(values[name] ?? '').trim();

/** The holder's own details autofill only when they fill the form themselves. */
const ownAutofill = (token: string) => (values: Values) => (someoneElse(values) ? 'off' : token);

export function roleLabel(role: unknown): string {
  switch (role) {
    case 'parent':
      return msg('Un genitore del titolare minorenne');
    case 'guardian':
      return msg('Il tutore del titolare minorenne');
    case 'delegate':
      return msg('Una persona delegata dal titolare');
    default:
      return msg('Il titolare della carta');
  }
}

/**
 * Who may apply, as the comune's page says: the holder always; a parent or the guardian
 * of a minor where it says so (`eligibility.minorsByParentOrGuardian`); a delegate where
 * it takes delegations (`eligibility.delegatesAccepted`).
 */
export function applicantRoles(settings: Settings): ApplicantRole[] {
  const eligibility = settings.eligibility;
  return APPLICANT_ROLES.filter(
    (role) =>
      role === 'holder' ||
      (role === 'delegate' ? eligibility?.delegatesAccepted === true : eligibility?.minorsByParentOrGuardian === true),
  );
}

/** What a delegate brings, in the comune's words, said when the citizen says they are one. */
function delegationHint({ settings, values, locale }: FieldContext): string | undefined {
  if (values.applicantRole !== 'delegate') return undefined;
  const delegation = settings.eligibility?.delegation;
  const documents = (delegation?.documents ?? []).map((doc) => comuneText(doc, locale));
  const module = delegation?.module ? comuneText(delegation.module.title, locale) : undefined;
  const parts = [
    documents.length ? msg(str`Per la delega servono: ${documents.join('; ')}.`) : undefined,
    module ? msg(str`Modulo di delega del Comune: ${module}.`) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length ? parts.join(' ') : undefined;
}

const applicantRole: CommonField = {
  name: 'applicantRole',
  kind: 'choice',
  required: true,
  label: () => msg('Chi fa la richiesta?'),
  errorName: () => msg('Chi fa la richiesta'),
  whenMissing: () => msg('Indica chi fa la richiesta'),
  hint: delegationHint,
  options: ({ settings }) => applicantRoles(settings).map((value) => ({ value, label: roleLabel(value) })),
  path: 'applicant.role',
  toPayload: (value) => (value === 'holder' ? undefined : value),
  summary: { label: () => msg('Chi fa la richiesta'), value: (values) => roleLabel(values.applicantRole) },
};

const codiceFiscaleHint = () => msg('16 caratteri, per esempio RSSMRA70A01H501S');
const codiceFiscaleOf = (values: Values, name: string, checks: AnswerChecks) => checks.normalizeCodiceFiscale(textOf(values, name));

const holderIdentity: CommonField[] = [
  {
    name: 'holderGivenName',
    kind: 'text',
    required: true,
    label: ({ values }) => (someoneElse(values) ? msg('Nome del titolare') : msg('Nome')),
    errorName: () => msg('Nome del titolare'),
    whenMissing: () => msg('Scrivi il nome del titolare'),
    path: 'holder.givenName',
    input: { autocomplete: ownAutofill('given-name') },
    summary: {
      label: () => msg('Nome e cognome del titolare'),
      value: (values) => `${textOf(values, 'holderGivenName')} ${textOf(values, 'holderFamilyName')}`.trim(),
    },
  },
  {
    name: 'holderFamilyName',
    kind: 'text',
    required: true,
    label: ({ values }) => (someoneElse(values) ? msg('Cognome del titolare') : msg('Cognome')),
    errorName: () => msg('Cognome del titolare'),
    whenMissing: () => msg('Scrivi il cognome del titolare'),
    path: 'holder.familyName',
    input: { autocomplete: ownAutofill('family-name') },
  },
  {
    name: 'holderCodiceFiscale',
    kind: 'text',
    required: true,
    check: (checks) => checks.checkCodiceFiscale,
    label: ({ values }) => (someoneElse(values) ? msg('Codice fiscale del titolare') : msg('Codice fiscale')),
    errorName: () => msg('Codice fiscale del titolare'),
    whenMissing: () => msg('Scrivi il codice fiscale del titolare'),
    hint: codiceFiscaleHint,
    path: 'holder.codiceFiscale',
    toPayload: (_value, values, checks) => codiceFiscaleOf(values, 'holderCodiceFiscale', checks),
    input: { code: true, width: 'medium' },
    summary: { label: () => msg('Codice fiscale del titolare'), value: (values, _locale, checks) => codiceFiscaleOf(values, 'holderCodiceFiscale', checks) },
  },
];

/**
 * Birth date and place, where the comune's reprint module asks them. The date is checked
 * against the codice fiscale, and against who applies where a parent may apply for a minor.
 */
export const holderBirthFields = (settings: Settings): RequestField<LeafPath<ReprintRequest>>[] => [
  {
    name: 'holderBirthDate',
    kind: 'date',
    required: true,
    check: (checks) => checks.checkHolderBirthDate('holderCodiceFiscale', applicantRoles(settings).includes('parent') ? 'applicantRole' : undefined),
    label: ({ values }) => (someoneElse(values) ? msg('Data di nascita del titolare') : msg('Data di nascita')),
    errorName: () => msg('Data di nascita del titolare'),
    whenMissing: () => msg('Scrivi la data di nascita del titolare'),
    hint: () => msg('Per esempio 27 3 1985'),
    path: 'holder.birthDate',
    toPayload: (value) => isoFromDateParts(String(value)),
    input: { autocomplete: ownAutofill('bday') },
    summary: {
      label: () => msg('Data e luogo di nascita'),
      value: (values, locale) =>
        `${longDate(isoFromDateParts(textOf(values, 'holderBirthDate')) ?? '', locale)}, ${textOf(values, 'holderBirthPlace')}`,
    },
  },
  {
    name: 'holderBirthPlace',
    kind: 'text',
    required: true,
    label: ({ values }) => (someoneElse(values) ? msg('Luogo di nascita del titolare') : msg('Luogo di nascita')),
    errorName: () => msg('Luogo di nascita del titolare'),
    whenMissing: () => msg('Scrivi il luogo di nascita del titolare'),
    hint: () => msg('Comune, o Stato se all’estero'),
    path: 'holder.birthPlace',
  },
];

const cardNumber: CommonField = {
  name: 'cardNumber',
  kind: 'text',
  required: true,
  check: (checks) => checks.checkCardNumber,
  label: () => msg('Numero della carta d’identità elettronica'),
  errorName: () => msg('Numero della carta'),
  whenMissing: () => msg('Scrivi il numero della carta'),
  hint: () => msg('9 caratteri in alto a destra sul fronte della carta, per esempio CA00000AA. Non è il numero di 6 cifre in basso (CAN).'),
  path: 'holder.cardNumber',
  toPayload: (value, _values, checks) => checks.normalizeCardNumber(String(value).trim()),
  input: { code: true, width: 'medium' },
  summary: { label: () => msg('Numero della carta'), value: (values, _locale, checks) => checks.normalizeCardNumber(textOf(values, 'cardNumber')) },
};

/** Shown only when someone other than the holder applies. */
const applicantFields: CommonField[] = [
  {
    name: 'applicantGivenName',
    kind: 'text',
    required: true,
    visibleWhen: someoneElse,
    label: () => msg('Il tuo nome'),
    errorName: () => msg('Nome di chi fa la richiesta'),
    whenMissing: () => msg('Scrivi il tuo nome'),
    path: 'applicant.givenName',
    input: { autocomplete: 'given-name' },
    summary: {
      label: () => msg('Richiedente'),
      value: (values, _locale, checks) =>
        `${textOf(values, 'applicantGivenName')} ${textOf(values, 'applicantFamilyName')}, ${codiceFiscaleOf(values, 'applicantCodiceFiscale', checks)}`,
    },
  },
  {
    name: 'applicantFamilyName',
    kind: 'text',
    required: true,
    visibleWhen: someoneElse,
    label: () => msg('Il tuo cognome'),
    errorName: () => msg('Cognome di chi fa la richiesta'),
    whenMissing: () => msg('Scrivi il tuo cognome'),
    path: 'applicant.familyName',
    input: { autocomplete: 'family-name' },
  },
  {
    name: 'applicantCodiceFiscale',
    kind: 'text',
    required: true,
    visibleWhen: someoneElse,
    check: (checks) => checks.checkCodiceFiscale,
    label: () => msg('Il tuo codice fiscale'),
    errorName: () => msg('Codice fiscale di chi fa la richiesta'),
    whenMissing: () => msg('Scrivi il tuo codice fiscale'),
    path: 'applicant.codiceFiscale',
    toPayload: (_value, values, checks) => codiceFiscaleOf(values, 'applicantCodiceFiscale', checks),
    input: { code: true, width: 'medium' },
  },
];

/**
 * The sections on who applies and for which card (the reprint may add the holder's birth).
 * Where only the holder may apply, the form does not ask who applies.
 */
export function holderSections<Path extends string = never>(settings: Settings, birth: RequestField<Path>[] = []): FormSection<CommonPath | Path>[] {
  return [
    ...(applicantRoles(settings).length > 1 ? [{ fields: [applicantRole] }] : []),
    // A parent must not take the holder's block for their own: the headings say whose data each asks.
    {
      title: ({ values }) => (someoneElse(values) ? msg('Dati del titolare della carta (non i tuoi)') : msg('Titolare della carta')),
      fields: [...holderIdentity, ...birth, cardNumber],
    },
    { title: () => msg('I tuoi dati, come richiedente'), fields: applicantFields },
  ];
}

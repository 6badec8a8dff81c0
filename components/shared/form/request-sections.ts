// Markup for the fields both request forms share: who applies, the holder and the card,
// the contacts, the card's copy, the privacy notice; and how each reads in the error
// summary and in the printable summary.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Values } from '../../../src/forms/form-model.js';
import { someoneElse } from '../../../src/forms/request-fields.js';
import { safeHref } from '../../../src/links.js';
import type { Locale } from '../../../src/settings/fields.js';
import type { Settings } from '../../../src/settings/schema.js';
import { longDate } from '../../../src/time/format.js';
import { normalizeCodiceFiscale } from '../../../src/validation/codice-fiscale.js';
import { mobileToE164, normalizeCardNumber } from '../../../src/validation/contacts.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import { heading } from '../heading.js';
import { checkbox, fileField, radioGroup, textField, type FormView } from './fields.js';

export const subheading = (level: number, text: string) => heading(Math.min(6, level), text, undefined, 'subheading');

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

/** Names of the shared fields in the error summary. */
export function sharedFieldName(name: string): string | undefined {
  const names: Record<string, string> = {
    applicantRole: msg('Chi fa la richiesta'),
    holderGivenName: msg('Nome del titolare'),
    holderFamilyName: msg('Cognome del titolare'),
    holderCodiceFiscale: msg('Codice fiscale del titolare'),
    holderBirthDate: msg('Data di nascita del titolare'),
    holderBirthPlace: msg('Luogo di nascita del titolare'),
    cardNumber: msg('Numero della carta'),
    applicantGivenName: msg('Nome di chi fa la richiesta'),
    applicantFamilyName: msg('Cognome di chi fa la richiesta'),
    applicantCodiceFiscale: msg('Codice fiscale di chi fa la richiesta'),
    email: msg('Email'),
    mobile: msg('Cellulare'),
    cardFront: msg('Fronte della carta'),
    cardBack: msg('Retro della carta'),
    privacyRead: msg('Informativa privacy'),
  };
  return names[name];
}

/** Who applies, the holder, their card, and the applicant when it is someone else. */
export function holderSection(view: FormView, settings: Settings, level: number, options: { birth: boolean }) {
  const other = someoneElse(view.model.values);
  const roles = ['holder', 'parent', 'guardian', ...(settings.eligibility?.delegatesAccepted ? ['delegate'] : [])];
  // The holder's own details autofill only when they fill the form themselves.
  const own = (token: string) => (other ? 'off' : token);
  return html`${radioGroup(view, {
      name: 'applicantRole',
      legend: msg('Chi fa la richiesta?'),
      options: roles.map((value) => ({ value, label: roleLabel(value) })),
    })}
    ${subheading(level, msg('Titolare della carta'))}
    ${textField(view, { name: 'holderGivenName', label: msg('Nome'), autocomplete: own('given-name') })}
    ${textField(view, { name: 'holderFamilyName', label: msg('Cognome'), autocomplete: own('family-name') })}
    ${textField(view, {
      name: 'holderCodiceFiscale',
      label: msg('Codice fiscale'),
      hint: msg('16 caratteri, per esempio RSSMRA70A01H501S'),
      code: true,
      width: 'medium',
    })}
    ${options.birth
      ? html`${textField(view, { name: 'holderBirthDate', label: msg('Data di nascita'), type: 'date', autocomplete: own('bday'), width: 'medium' })}
        ${textField(view, { name: 'holderBirthPlace', label: msg('Luogo di nascita'), hint: msg('Comune, o Stato se all’estero') })}`
      : nothing}
    ${textField(view, {
      name: 'cardNumber',
      label: msg('Numero della carta d’identità elettronica'),
      hint: msg('9 caratteri in alto a destra sul fronte della carta, per esempio CA00000AA. Non è il numero di 6 cifre in basso (CAN).'),
      code: true,
      width: 'medium',
    })}
    ${other
      ? html`${subheading(level, msg('Chi fa la richiesta per il titolare'))}
        ${textField(view, { name: 'applicantGivenName', label: msg('Nome'), autocomplete: 'given-name' })}
        ${textField(view, { name: 'applicantFamilyName', label: msg('Cognome'), autocomplete: 'family-name' })}
        ${textField(view, { name: 'applicantCodiceFiscale', label: msg('Codice fiscale'), code: true, width: 'medium' })}`
      : nothing}`;
}

export function emailField(view: FormView, settings: Settings, o: { name?: string; label?: string; hint?: string } = {}) {
  return textField(view, {
    name: o.name ?? 'email',
    label: o.label ?? msg('Email personale'),
    hint:
      o.hint ??
      (settings.contactRules?.pecNotAllowed
        ? msg('Qui il Ministero manda la seconda metà dei codici: non una PEC.')
        : msg('Qui il Ministero manda la seconda metà dei codici.')),
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
  });
}

export function mobileField(view: FormView, label = msg('Cellulare')) {
  return textField(view, {
    name: 'mobile',
    label,
    hint: msg('Per esempio 333 123 4567; un numero estero con il prefisso, per esempio +41 79 123 45 67.'),
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    width: 'medium',
  });
}

/** Front and back of the card, when the form asks for them. */
export function cardCopySection(view: FormView, settings: Settings, level: number) {
  if (!view.model.isVisible('cardFront')) return nothing;
  const maxMb = settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB;
  const hint = msg(str`PDF, JPEG o PNG, al massimo ${maxMb} MB.`);
  return html`${subheading(level, msg('Copia della carta'))}
    ${fileField(view, { name: 'cardFront', label: msg('Fronte della carta'), hint })}
    ${fileField(view, { name: 'cardBack', label: msg('Retro della carta'), hint })}`;
}

/** "I have read the notice" (GDPR art. 13): public bodies inform, they do not ask consent. */
export function privacyField(view: FormView, settings: Settings, purpose: string) {
  const href = safeHref(settings.privacyNoticeUrl);
  return checkbox(view, {
    name: 'privacyRead',
    label: href
      ? html`${msg('Ho letto l’informativa sul trattamento dei dati personali')} (<a href=${href}>${msg('informativa privacy')}</a>)`
      : msg('Ho letto l’informativa sul trattamento dei dati personali'),
    hint: purpose,
  });
}

/** The holder part of the printable summary and of the prepared email. */
export function holderSummaryRows(values: Values, locale: Locale, options: { birth: boolean }): [string, string][] {
  const rows: [string, string][] = [
    [msg('Chi fa la richiesta'), roleLabel(values.applicantRole)],
    [msg('Nome del titolare'), `${values.holderGivenName ?? ''} ${values.holderFamilyName ?? ''}`.trim()],
    [msg('Codice fiscale del titolare'), normalizeCodiceFiscale(String(values.holderCodiceFiscale ?? ''))],
  ];
  if (options.birth) {
    rows.push([msg('Data e luogo di nascita'), `${longDate(String(values.holderBirthDate ?? ''), locale)}, ${values.holderBirthPlace ?? ''}`]);
  }
  rows.push([msg('Numero della carta'), normalizeCardNumber(String(values.cardNumber ?? ''))]);
  if (someoneElse(values)) {
    rows.push([
      msg('Richiedente'),
      `${values.applicantGivenName ?? ''} ${values.applicantFamilyName ?? ''}, ${normalizeCodiceFiscale(String(values.applicantCodiceFiscale ?? ''))}`,
    ]);
  }
  return rows;
}

export const contactSummaryRows = (values: Values): [string, string][] => [
  [msg('Email'), String(values.email ?? '')],
  [msg('Cellulare'), mobileToE164(String(values.mobile ?? '')) ?? String(values.mobile ?? '')],
];

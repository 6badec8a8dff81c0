// The questions both requests end with: the contacts, the card's copy where the form sends
// it, the privacy notice. Declared once, here (who applies and for which card: ./common-fields.ts).
import { msg, str } from '@lit/localize';
import { safeHref } from '../links.js';
import { pecRefused } from '../national.js';
import { cardCopyTypesText, DEFAULT_MAX_FILE_MB } from '../validation/files.js';
import type { Settings } from '../settings/schema.js';
import { cardProof } from './channels.js';
import { textOf, type CommonField, type CommonPath } from './common-fields.js';
import type { RequestKind } from './kinds.js';
import type { FormSection, RequestField } from './request-field.js';

/**
 * The personal email: `purpose` says what it is for in this request; the field adds the
 * national "not a PEC" rule itself, so every request states it the same way.
 */
export function emailField(settings: Settings, label: () => string, purpose: () => string): CommonField {
  return {
    name: 'email',
    kind: 'email',
    required: true,
    check: (checks) => checks.checkPersonalEmail(settings),
    label,
    errorName: () => msg('Email'),
    whenMissing: () => msg('Scrivi la tua email'),
    hint: () => (pecRefused(settings) ? `${purpose()} ${msg('Non può essere una PEC.')}` : purpose()),
    path: 'contacts.email',
    toPayload: (value) => String(value).trim(),
    input: { autocomplete: 'email', inputmode: 'email' },
    summary: { label: () => msg('Email'), value: (values) => textOf(values, 'email') },
  };
}

export function mobileField(label: () => string): CommonField {
  return {
    name: 'mobile',
    kind: 'tel',
    required: true,
    check: (checks) => checks.checkMobile,
    label,
    errorName: () => msg('Cellulare'),
    whenMissing: () => msg('Scrivi il tuo numero di cellulare'),
    hint: () => msg('Per esempio 333 123 4567; un numero estero con il prefisso, per esempio +41 79 123 45 67.'),
    path: 'contacts.mobile',
    toPayload: (value, _values, checks) => checks.mobileToE164(String(value).trim()) ?? '',
    input: { autocomplete: 'tel', inputmode: 'tel', width: 'medium' },
    summary: { label: () => msg('Cellulare'), value: (values, _locale, checks) => checks.mobileToE164(textOf(values, 'mobile')) ?? textOf(values, 'mobile') },
  };
}

/** Whether the form itself carries the card's copy: only when the request is sent online and needs the card. */
export function uploadsCardCopy(settings: Settings, request: RequestKind): boolean {
  const service = settings.requests[request];
  return service !== undefined && cardProof(request, service) === 'upload';
}

function cardCopyField(part: 'cardFront' | 'cardBack', label: () => string, whenMissing: () => string): CommonField {
  return {
    name: part,
    kind: 'file',
    required: true,
    file: true,
    part,
    label,
    errorName: label,
    whenMissing,
    hint: ({ settings, locale }) =>
      msg(str`${cardCopyTypesText(locale)}, al massimo ${settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB} MB.`),
    // The file's name, as the review shows what goes with the request.
    summary: { label, value: (values) => (values[part] instanceof File ? (values[part] as File).name : '') },
  };
}

/** The card's front and back, for requests the form sends with the copy (see `uploadsCardCopy`). */
export const cardCopySection = {
  title: () => msg('Copia della carta'),
  fields: [
    cardCopyField('cardFront', () => msg('Fronte della carta'), () => msg('Allega il fronte della carta')),
    cardCopyField('cardBack', () => msg('Retro della carta'), () => msg('Allega il retro della carta')),
  ],
};

/**
 * How every request ends: the card's copy when the form sends it, then the request's own
 * declaration and the privacy notice, with what the comune uses the data for.
 */
export function closingSections<Path extends string = never>(
  settings: Settings,
  request: RequestKind,
  declaration: RequestField<Path> | undefined,
  privacyPurpose: () => string,
): FormSection<CommonPath | Path>[] {
  return [
    ...(uploadsCardCopy(settings, request) ? [cardCopySection] : []),
    { title: () => msg('Dichiarazioni'), fields: [...(declaration ? [declaration] : []), privacyField(privacyPurpose)] },
  ];
}

/** "I have read the notice" (GDPR art. 13): public bodies inform, they do not ask consent. */
function privacyField(purpose: () => string): CommonField {
  return {
    name: 'privacyRead',
    kind: 'tick',
    required: true,
    requiredError: 'must-accept',
    label: () => msg('Ho letto l’informativa sul trattamento dei dati personali'),
    errorName: () => msg('Informativa privacy'),
    whenMissing: () => msg('Conferma di aver letto l’informativa privacy'),
    hint: purpose,
    link: ({ settings }) => {
      const href = safeHref(settings.privacyNoticeUrl);
      return href ? { href, text: msg('informativa completa del Comune') } : undefined;
    },
    notice: {
      title: () => msg('Informativa sul trattamento dei dati personali'),
      points: ({ settings, locale }, texts) => texts.privacyNoticePoints(settings, locale, purpose()),
    },
    path: 'declarations.privacyNoticeRead',
    toPayload: (value) => value === true,
  };
}

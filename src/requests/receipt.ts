// What a citizen keeps once the comune has their request: the same words in the receipt
// they download from the form and in the confirmation email the reference receiver sends
// (receiver/), in the citizen's language. Call inside `speakIn(locale, …)`.
import { msg, str } from '@lit/localize';
import { comuneText } from '../settings/comune-text.js';
import type { RequestService, Settings } from '../settings/schema.js';
import { codesDeliveryLines } from '../settings/codes-delivery.js';
import { servicePhones, serviceTimeText } from '../settings/service-facts.js';
import type { Locale } from '../settings/value-types.js';

export interface ReceiptFacts {
  settings: Settings;
  service: RequestService;
  /** The request's title, as the form shows it. */
  title: string;
  reference: string;
  receivedAt: Date;
  locale: Locale;
}

/** The moment in Rome's time, as the citizen's language writes it: "25 novembre 2026, 10:30". */
const romeTime = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date);

/**
 * What happens next, in sentences a citizen reads on the receipt and in the email: only
 * what the comune's settings say (its time, how each half of the codes arrives, what
 * follows, what to do if nothing arrives).
 */
export function nextSteps(service: RequestService & Pick<Settings['requests']['reprint'], 'codesDelivery'>, locale: Locale): string[] {
  return [
    ...(service.time ? [`${msg('Tempi:')} ${serviceTimeText(service.time, locale)}.`] : []),
    ...codesDeliveryLines(service.codesDelivery, locale),
    ...(service.outcome ? [`${msg('Poi:')} ${comuneText(service.outcome, locale)}`] : []),
    ...(service.ifNothingArrives ? [`${msg('Se non arriva nulla:')} ${comuneText(service.ifNothingArrives, locale)}`] : []),
  ];
}

/** Whom to ask about this request: the identity-card phones and the office's email. */
function helpLine(settings: Settings, locale: Locale): string | undefined {
  const phones = servicePhones(settings.office).map((phone) => `${phone.display ?? phone.number} (${comuneText(phone.topic, locale)})`);
  const ways = [...phones, ...(settings.office.email ? [settings.office.email] : [])];
  return ways.length ? msg(str`Per informazioni: ${new Intl.ListFormat(locale, { type: 'disjunction' }).format(ways)}.`) : undefined;
}

/** The receipt as plain text: a subject and its lines. */
export function receiptText(facts: ReceiptFacts): { subject: string; text: string } {
  const { settings, locale, reference } = facts;
  const comune = comuneText(settings.name, locale);
  const help = helpLine(settings, locale);
  const lines = [
    comune,
    facts.title,
    '',
    `${msg('Numero della richiesta:')} ${reference}`,
    `${msg('Ricevuta il:')} ${romeTime(facts.receivedAt, locale)}`,
    '',
    ...nextSteps(facts.service, locale),
    ...(help ? ['', help] : []),
    msg('Conserva questo numero: ti serve se contatti il Comune per questa richiesta.'),
  ];
  return { subject: msg(str`Richiesta ricevuta: ${reference} (${comune})`), text: `${lines.join('\n')}\n` };
}

// What a citizen sees of the way the comune takes requests (see src/requests/channels.ts)
// before and instead of a sent request: the counter notice before the form, the comune's
// portal in place of it, what went wrong — always with the comune's other ways in. What
// is seen once the form has done its part is in ./done-views.ts, loaded with the sending,
// as is most of what a failure says (./failure-text.ts).
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { safeHref } from '../../../src/links.js';
import type { OfficeEmail } from '../../../src/requests/office-email.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import type { Channel, RequestService, Settings } from '../../../src/settings/schema.js';
import { servicePhones } from '../../../src/settings/service-facts.js';
import type { Locale } from '../../../src/settings/value-types.js';
import type { SubmitOutcome } from '../../../src/transport/submit.js';
import { emailLink, phoneLink } from '../contact-links.js';
import type { SendingCode } from './sending-loader.js';

/** A failure the citizen is told about (an aborted attempt has nobody to tell). */
export type Failure = Exclude<Extract<SubmitOutcome, { ok: false }>, { kind: 'aborted' }>;
export type CounterChannel = Extract<Channel, { type: 'appointment' | 'walk-in' }>;
export type Done =
  /** `receivedAt`: by the server's clock, when it said (never this device's). */
  | { name: 'sent'; reference?: string; duplicate: boolean; receivedAt?: Date }
  | { name: 'email-ready'; email: OfficeEmail; attachCard: boolean }
  | { name: 'summary-ready'; channel: CounterChannel };

/**
 * Why the request was not sent, when the form's code for sending itself could not arrive:
 * the only failures told without it. The others are worded in ./failure-text.ts, which
 * comes with that code.
 */
export function unsentText(kind: 'misconfigured' | 'offline'): string {
  return kind === 'offline'
    ? msg('Il dispositivo non è connesso a internet.')
    : msg('Il modulo non è configurato bene e non può inviare la richiesta. Non dipende da te.');
}

/** The comune's other ways in, for when the online request fails. */
function otherChannels(settings: Settings, locale: Locale) {
  const { office, booking } = settings;
  const phone = servicePhones(office)[0];
  const bookingHref = safeHref(booking?.url);
  return html`<ul>
    ${phone ? html`<li>${comuneText(phone.topic, locale)}: ${phoneLink(phone.number, phone.display)}</li>` : nothing}
    ${office.email ? html`<li>${msg('Email')}: ${emailLink(office.email)}</li>` : nothing}
    ${bookingHref ? html`<li><a href=${bookingHref}>${msg('Prenota un appuntamento allo sportello')}</a></li>` : nothing}
  </ul>`;
}

/** At most this many of the server's own messages, each cut to a readable length. */
const MAX_NOTES = 10;
const MAX_NOTE_CHARS = 300;
const noteText = (note: string) => (note.length > MAX_NOTE_CHARS ? `${note.slice(0, MAX_NOTE_CHARS)}…` : note);

/**
 * `text`: why, in a sentence (./failure-text.ts, or `unsentText`); `notes`: the comune's
 * messages that name no field shown here, in its own words.
 */
export function failureView(failure: Failure, text: string, settings: Settings, locale: Locale, fieldNotes: readonly string[] = []) {
  // The server's own reason for a refusal, as it wrote it (as text), with the field messages no field here shows.
  const notes = failure.kind === 'rejected' && failure.detail ? [failure.detail, ...fieldNotes] : fieldNotes;
  return html`<div class="failure" part="failure" id="outcome" tabindex="-1" role="alert">
    <p>
      <strong>${failure.kind === 'unexpected' || ('maybeArrived' in failure && failure.maybeArrived) ? msg('Non sappiamo se la richiesta è arrivata al Comune.') : msg('La richiesta non è stata inviata.')}</strong>
      ${text}
    </p>
    ${notes.length ? html`<ul class="server-notes">${notes.slice(0, MAX_NOTES).map((note) => html`<li>${noteText(note)}</li>`)}</ul>` : nothing}
    <p>${msg('I dati che hai scritto sono ancora qui. Puoi riprovare, o rivolgerti al Comune:')}</p>
    ${otherChannels(settings, locale)}
  </div>`;
}

/** Whether the summary replaces the comune's module: said only when the settings say, or name a module. */
export function moduleLine(service: RequestService) {
  if (service.summaryAccepted) return html`<p>${msg('Il Comune accetta questo riepilogo al posto del suo modulo.')}</p>`;
  const hasModule = Boolean(service.module || service.moduleUrl);
  return hasModule ? html`<p>${msg('Il riepilogo non sostituisce il modulo che il Comune chiede: ti aiuta a compilarlo senza dimenticare nulla.')}</p>` : nothing;
}

/**
 * Before the form, for a comune that takes the request only at its counter: said first,
 * so nobody types everything to learn it from the last button.
 */
export function counterNotice(service: RequestService, settings: Settings, locale: Locale) {
  const { channel } = service;
  if (channel.type !== 'appointment' && channel.type !== 'walk-in') return nothing;
  const comune = comuneText(settings.name, locale);
  return html`<div class="notice counter-notice">
    <p>
      <strong>
        ${
          channel.type === 'appointment'
            ? msg(str`${comune} riceve questa richiesta solo allo sportello, su appuntamento.`)
            : msg(str`${comune} riceve questa richiesta solo allo sportello.`)
        }
      </strong>
      ${msg('Qui puoi preparare il riepilogo dei dati da portare: non invia nulla al Comune.')}
    </p>
    ${moduleLine(service)} ${counterStep(channel, settings, locale)}
  </div>`;
}

/** How to get to the counter: the booking for an appointment, the comune's words for a walk-in. */
export function counterStep(channel: CounterChannel, settings: Settings, locale: Locale) {
  if (channel.type === 'walk-in') return html`<p>${comuneText(channel.instructions, locale)}</p>`;
  const { booking } = settings;
  const bookingHref = safeHref(booking?.url);
  if (bookingHref) return html`<p><a class="button" href=${bookingHref}>${msg('Prenota un appuntamento allo sportello')}</a></p>`;
  if (booking?.phone) return html`<p>${msg('Prenota un appuntamento per telefono:')} ${phoneLink(booking.phone, booking.phoneDisplay)}</p>`;
  return booking?.instructions ? html`<p>${comuneText(booking.instructions, locale)}</p>` : nothing;
}

/**
 * The comune takes this request on its own online service: no form here, only the way
 * there and what to have at hand, so the citizen arrives ready.
 */
export function portalView(channel: Extract<Channel, { type: 'portal' }>, ctx: { settings: Settings; locale: Locale; needsCard: boolean; asksMobile: boolean }) {
  const href = safeHref(channel.url);
  return html`<div class="portal" part="portal">
    <p>${msg(str`Questa richiesta si fa online sul portale dei servizi del ${comuneText(ctx.settings.name, ctx.locale)}.`)}</p>
    <p>${msg('Tieni a portata di mano:')}</p>
    <ul>
      <li>${msg('SPID, o un altro modo di accedere che il portale accetta')}</li>
      <li>${msg('Il codice fiscale del titolare della carta')}</li>
      <li>${msg('Il numero della carta (in alto a destra sul fronte)')}</li>
      ${ctx.needsCard ? html`<li>${msg('Una foto o una scansione del fronte e del retro della carta')}</li>` : nothing}
      <li>${ctx.asksMobile ? msg('Un’email e un cellulare personali') : msg('Un’email personale')}</li>
    </ul>
    ${href ? html`<p><a class="button" href=${href}>${msg('Vai al servizio online del Comune')}</a></p>` : nothing}
  </div>`;
}

/** Why the request was not sent; without the code for sending, only its not arriving can be the reason. */
export function failureWords(failure: Failure, settings: Settings, code: SendingCode | undefined): string {
  if (code) return code.failureText(failure, settings);
  return unsentText(failure.kind === 'offline' ? 'offline' : 'misconfigured');
}

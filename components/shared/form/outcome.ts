// What a citizen sees after submitting: the receipt (sent, email prepared, summary to
// bring) or what went wrong, always with the comune's other ways in.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { safeHref } from '../../../src/links.js';
import type { Locale } from '../../../src/settings/fields.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import { localize } from '../../../src/text.js';
import type { SubmitOutcome } from '../../../src/transport/submit.js';
import { emailLink, phoneLink } from '../contact-links.js';
import { serviceTimeText } from '../service-facts.js';

export type Failure = Extract<SubmitOutcome, { ok: false }>;
export type Done =
  | { name: 'sent'; reference?: string; duplicate: boolean }
  | { name: 'email-ready'; mailto: string; text: string; to: string }
  | { name: 'summary-ready' };

function failureText(failure: Failure): string {
  switch (failure.kind) {
    case 'field-errors':
      return msg('Il Comune ha segnalato dei dati da correggere.');
    case 'rejected':
      return msg('Il Comune non ha accettato la richiesta.');
    case 'busy':
      return failure.retryAfterSeconds
        ? msg(str`Il servizio è molto richiesto in questo momento. Riprova tra ${Math.ceil(failure.retryAfterSeconds / 60)} minuti.`)
        : msg('Il servizio è molto richiesto in questo momento. Riprova tra qualche minuto.');
    case 'timeout':
      return msg('Il servizio del Comune non ha risposto in tempo.');
    case 'offline':
      return msg('Il dispositivo non è connesso a internet.');
    case 'server':
      return msg('Il servizio del Comune non è disponibile in questo momento.');
  }
}

/** The comune's other ways in, for when the online request fails. */
function otherChannels(settings: Settings, locale: Locale) {
  const { office, booking } = settings;
  const phone = office.phones?.[0];
  const bookingHref = safeHref(booking?.url);
  return html`<ul>
    ${phone ? html`<li>${localize(phone.topic, locale)}: ${phoneLink(phone.number, phone.display)}</li>` : nothing}
    ${office.email ? html`<li>${msg('Email')}: ${emailLink(office.email)}</li>` : nothing}
    ${bookingHref ? html`<li><a href=${bookingHref}>${msg('Prenota un appuntamento allo sportello')}</a></li>` : nothing}
  </ul>`;
}

export function failureView(failure: Failure, settings: Settings, locale: Locale) {
  return html`<div class="failure" part="failure" id="outcome" tabindex="-1" role="alert">
    <p><strong>${msg('La richiesta non è stata inviata.')}</strong> ${failureText(failure)}</p>
    <p>${msg('I dati che hai scritto sono ancora qui. Puoi riprovare, o rivolgerti al Comune:')}</p>
    ${otherChannels(settings, locale)}
  </div>`;
}

interface ReceiptContext {
  settings: Settings;
  locale: Locale;
  time: RequestService['time'];
  /** Label and value of each answer, for the summary to bring. */
  rows: () => [string, string][];
  /** Back to the form, answers kept. */
  edit: () => void;
}

export function receiptView(done: Done, { settings, locale, time, rows, edit }: ReceiptContext) {
  const when = time ? html`<p>${msg('Tempi:')} ${serviceTimeText(time, locale)}.</p>` : nothing;
  const editButton = html`<button type="button" class="secondary" @click=${edit}>${msg('Modifica i dati')}</button>`;
  if (done.name === 'sent') {
    return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
      <p class="receipt-title"><strong>${done.duplicate ? msg('La richiesta era già stata ricevuta.') : msg('Richiesta inviata.')}</strong></p>
      ${done.reference ? html`<p>${msg('Numero della richiesta:')} <strong class="reference">${done.reference}</strong></p>` : nothing}
      <p>${msg('Il Comune la controlla e ti scrive all’email che hai indicato.')}</p>
      ${when}
    </div>`;
  }
  if (done.name === 'email-ready') {
    return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
      <p class="receipt-title"><strong>${msg('Il messaggio è pronto: manca solo l’invio.')}</strong></p>
      <ol>
        <li><a href=${done.mailto}>${msg('Apri il messaggio nel tuo programma di posta')}</a></li>
        <li>${msg('Allega la foto o la scansione del fronte e del retro della carta: un link email non può allegare file.')}</li>
        <li>${msg('Invia il messaggio.')}</li>
      </ol>
      <p>${msg('Se il programma di posta non si apre, copia questo testo in un’email a')} ${emailLink(done.to)}:</p>
      <pre class="email-text">${done.text}</pre>
      ${when} ${editButton}
    </div>`;
  }
  const { booking } = settings;
  const bookingHref = safeHref(booking?.url);
  return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
    <p class="receipt-title"><strong>${msg('Riepilogo pronto: stampalo o tienilo sul telefono e portalo allo sportello.')}</strong></p>
    <dl class="summary">
      ${rows().map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>
    <p>${msg('Porta anche la carta d’identità elettronica.')}</p>
    ${bookingHref
      ? html`<p><a class="button" href=${bookingHref}>${msg('Prenota un appuntamento allo sportello')}</a></p>`
      : booking?.phone
        ? html`<p>${msg('Prenota un appuntamento per telefono:')} ${phoneLink(booking.phone, booking.phoneDisplay)}</p>`
        : nothing}
    ${when}
    <div class="actions">
      <button type="button" class="secondary" @click=${() => window.print()}>${msg('Stampa il riepilogo')}</button>
      ${editButton}
    </div>
  </div>`;
}

// What a citizen sees once the form has done its part: the receipt of a sent request,
// the email ready to send, the summary to bring to the counter. Part of what a form
// loads only when the citizen is about to send (./sending.ts); what is seen before —
// the counter notice, the portal, a failure — is in ./outcome.ts.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { expectedDate, helpLine, nextSteps, receiptText, receivedLines } from '../../../src/requests/receipt.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import { emailLink } from '../contact-links.js';
import { appointmentWhen, pageAppointment } from '../../../src/booking/page-appointment.js';
import { applicantAnswers } from '../../../src/requests/applicant-answers.js';
import type { BookingFlow } from '../booking-flow.js';
import { counterStep, moduleLine, type CounterChannel, type Done } from './outcome.js';
import { printReceipt } from './print-sheet.js';

export interface OutcomeContext {
  settings: Settings;
  locale: Locale;
  service: RequestService;
  /** The request's title, for the receipt. */
  title: string;
  /** Label and value of each answer, in Italian, for the summary to bring to the office. */
  rows: () => [string, string][];
  /** Back to the form, answers kept. */
  edit: () => void;
  /** Prints the summary alone, for the counter. */
  print: () => void;
  /** The comune sees the card at the counter for this request (`cardProof`). */
  cardShown: boolean;
  /** Booking the counter here, where the settings name a booking system. */
  booking?: BookingHere;
}

/** The booking flow a form offers in its summary for a counter by appointment (../booking-on-page.ts). */
export interface BookingHere {
  /** The flow, made on first call; undefined while its code arrives. */
  flow: () => BookingFlow | undefined;
  /** The flow this form made, if it made one. */
  made: BookingFlow | undefined;
  /** The form's heading level: the flow's steps are headed one below. */
  level: number;
  /** The form's visible answers: the applicant's name, codes and contacts fill the system's questions. */
  values: () => Readonly<Record<string, unknown>>;
}

const outcomeBox = (content: TemplateResult) => html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">${content}</div>`;

function sentView(done: Extract<Done, { name: 'sent' }>, ctx: OutcomeContext) {
  const { reference, receivedAt } = done;
  const { settings, service, locale } = ctx;
  const receipt = reference ? receiptText({ settings, service, title: ctx.title, reference, receivedAt, locale }) : undefined;
  const help = helpLine(settings, locale);
  return outcomeBox(
    html`<p class="receipt-title">
        <strong>${done.duplicate ? msg('La richiesta era già stata ricevuta.') : msg('Richiesta inviata.')}</strong>
      </p>
      ${reference ? html`<p>${msg('Numero della richiesta:')} <strong class="reference">${reference}</strong></p>` : nothing}
      ${receivedLines(receivedAt, locale).map((line) => html`<p class="received">${line}</p>`)}
      ${nextSteps(service, locale, expectedDate(settings, service, receivedAt)).map((line) => html`<p>${line}</p>`)}
      ${help ? html`<p>${help}</p>` : nothing}
      ${
        receipt && reference
          ? html`<div class="actions">
              <button type="button" class="secondary" @click=${() => printReceipt(receipt.text, locale)}>${msg('Stampa la ricevuta')}</button>
              <button type="button" class="secondary" @click=${() => downloadText(receipt.text, `ricevuta-${reference}.txt`)}>${msg('Scarica la ricevuta')}</button>
            </div>`
          : nothing
      }`,
  );
}

/** Saves a text file the citizen keeps (the receipt): made on click, never a URL left behind. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  // The reference is the server's text: only characters every file system takes.
  link.download = fileName.replace(/[^\w.-]/g, '_');
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies a text for the citizen to paste and says so in a live region (a button's new
 * label is not announced); where the browser refuses, the text stays there to select.
 * The words are chosen while rendering, in the element's language.
 */
const copyText = (text: string, said: { copied: string; select: string }) => async (event: Event) => {
  const status = (event.currentTarget as HTMLElement).parentElement?.querySelector('.copy-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = said.copied;
  } catch {
    if (status) status.textContent = said.select;
  }
};

function emailView(done: Extract<Done, { name: 'email-ready' }>, when: unknown, editButton: TemplateResult) {
  const { email } = done;
  return outcomeBox(
    html`<p class="receipt-title"><strong>${msg('Il messaggio è pronto: manca solo l’invio.')}</strong></p>
      <ol>
        ${email.mailto ? html`<li><a href=${email.mailto}>${msg('Apri il messaggio nel tuo programma di posta')}</a></li>` : nothing}
        ${
          done.attachCard
            ? html`<li>
                ${msg('Allega la foto o la scansione del fronte e del retro della carta: un link email non può allegare file.')}
              </li>`
            : nothing
        }
        <li>${msg('Invia il messaggio.')}</li>
      </ol>
      <p>${msg('Se il programma di posta non si apre, copia questo testo in un’email a')} ${emailLink(email.to)}:</p>
      <pre class="email-text" lang="it" id="email-text">${email.text}</pre>
      <p>
        <button type="button" class="secondary" @click=${copyText(email.text, { copied: msg('Testo copiato'), select: msg('Seleziona il testo e copialo') })}>${msg('Copia il testo')}</button>
        <span class="copy-status" role="status"></span>
      </p>
      ${when} ${editButton}`,
  );
}

function summaryView(done: Extract<Done, { name: 'summary-ready' }>, ctx: OutcomeContext, when: unknown, editButton: TemplateResult) {
  return outcomeBox(
    html`<p class="receipt-title"><strong>${msg('Riepilogo pronto: stampalo o tienilo sul telefono e portalo allo sportello.')}</strong></p>
      ${ctx.locale === 'it' ? nothing : html`<p>${msg('Il riepilogo è in italiano: è per l’ufficio del Comune.')}</p>`}
      <dl class="summary" lang="it">
        ${ctx.rows().map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${ctx.cardShown ? html`<p>${msg('Porta anche la carta d’identità elettronica.')}</p>` : nothing}
      ${moduleLine(ctx.service)}
      ${appointmentStep(done.channel, ctx)} ${when}
      <div class="actions">
        <button type="button" class="secondary" @click=${ctx.print}>${msg('Stampa il riepilogo')}</button>
        ${editButton}
      </div>`,
  );
}

/**
 * How the citizen gets to the counter: the appointment already booked on this page (by the
 * appointment card beside the form, say), the booking itself where the settings name a
 * booking system, or the comune's link, phone or instructions — which stay below the flow
 * as the way round until a booking is made.
 */
function appointmentStep(channel: CounterChannel, ctx: OutcomeContext) {
  const ways = counterStep(channel, ctx.settings, ctx.locale);
  if (channel.type !== 'appointment' || !ctx.booking) return ways;
  const booked = pageAppointment(ctx.settings.id);
  if (booked && !ctx.booking.made?.holdsBooking) {
    return html`<p class="appointment"><strong>${msg(str`Appuntamento allo sportello: ${appointmentWhen(booked, ctx.locale)}`)}</strong></p>
      ${booked.code ? html`<p>${msg(str`Codice della prenotazione: ${booked.code}`)}</p>` : nothing}`;
  }
  const { values } = ctx.booking;
  const flow = ctx.booking.flow();
  flow?.prefillFrom(() => applicantAnswers(values()));
  return html`${flow ? flow.render(ctx.settings, ctx.locale, ctx.booking.level) : html`<p>${msg('Cerco gli orari liberi…')}</p>`}
    ${flow?.holdsBooking ? nothing : html`<p>${msg('Altri modi per prenotare:')}</p> ${ways}`}`;
}

export function doneView(done: Done, ctx: OutcomeContext) {
  // What follows, as the receipt says it: only what the comune's settings say.
  const when = nextSteps(ctx.service, ctx.locale).map((line) => html`<p>${line}</p>`);
  const editButton = html`<button type="button" class="secondary" @click=${ctx.edit}>${msg('Modifica i dati')}</button>`;
  switch (done.name) {
    case 'sent':
      return sentView(done, ctx);
    case 'email-ready':
      return emailView(done, when, editButton);
    case 'summary-ready':
      return summaryView(done, ctx, when, editButton);
  }
}


// Booking on the page itself (Designers Italia's appointment flow: time → details → summary →
// confirmation), from the system the comune's counter uses. Loaded only where the settings
// name one (booking.system): other pages never download it. When the system fails, the
// comune's link, phone or instructions stay the way to book and the reason goes to the console.
// Shown by <cie-appointment-link>, and by a request form's summary for a counter by appointment.
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { safeHref } from '../../src/links.js';
import type { BookingSettings, Settings } from '../../src/settings/schema.js';
import type { Locale } from '../../src/settings/value-types.js';
import { appointmentEvent, appointmentPlace } from '../../src/booking/confirmation.js';
import { appointmentWhen, onAppointmentChange, pageAppointment, recordAppointment } from '../../src/booking/page-appointment.js';
import { daysAfter, romeDate } from '../../src/booking/rome-time.js';
import {
  connect,
  googleCalendarUrl,
  icsFile,
  outlookCalendarUrl,
  SlotTaken,
  SystemUnavailable,
  type Booked,
  type BookingQuestion,
  type BookingSystem,
  type FreeSlot,
  type KnownAnswers,
} from '../../src/booking/connect.js';
import { adoptSheetOnce } from './adopt-sheet.js';
import { heading } from './heading.js';
import { BOOKING_FLOW_CSS } from './booking-flow.styles.js';

type Step = 'loading' | 'choose' | 'details' | 'review' | 'booking' | 'booked' | 'cancel-asked' | 'cancelled' | 'unavailable';

/** How many free times are shown at a glance. */
const AT_A_GLANCE = 4;
/** How far ahead the first free times are looked for, in days. */
const LOOK_AHEAD_DAYS = 60;

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class BookingFlow implements ReactiveController {
  private step: Step = 'loading';
  private readonly system: BookingSystem;
  private nextSlots: FreeSlot[] = [];
  /** `YYYY-MM` of the month view; unset while the next free times are shown. */
  private month?: string;
  private monthSlots?: FreeSlot[];
  private chosen?: FreeSlot;
  private questions: BookingQuestion[] = [];
  /** The language the flow was last drawn in: a system that writes to the citizen writes in it. */
  private locale: Locale = 'it';
  private answers: Record<string, string> = {};
  /** Each field's problem, worded at render (in the element's language). */
  private errors: Record<string, () => string> = {};
  private booked?: Booked;
  /** A sentence about what just happened (the time was taken, a step failed), read out. */
  private notice?: () => string;
  private busy = false;
  private focusNext?: string;
  /** What the citizen already wrote on the page (a form's answers), offered in the system's questions. */
  private known: () => KnownAnswers = () => ({});

  constructor(
    private readonly host: Host,
    system: NonNullable<BookingSettings['system']>,
    /** The settings' id: a form beside it prints the appointment only for the same comune. */
    private readonly comune: string,
  ) {
    this.system = connect(system);
    host.addController(this);
    void this.loadNext();
  }

  private stopListening?: () => void;

  /** Another element on the page may book or cancel (the card beside a form): this one then says so. */
  hostConnected(): void {
    this.stopListening ??= onAppointmentChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** The appointment booked on this page by another element, while this one holds none. */
  private get bookedElsewhere() {
    return this.step === 'booked' || this.step === 'cancel-asked' ? undefined : pageAppointment(this.comune);
  }

  hostUpdated(): void {
    adoptSheetOnce(this.host.renderRoot, 'booking-flow', () => BOOKING_FLOW_CSS);
    if (!this.focusNext) return;
    const target = (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(this.focusNext);
    this.focusNext = undefined;
    target?.focus();
  }

  /** The earliest free times, from today on. */
  private async loadNext(): Promise<void> {
    const today = romeDate(new Date());
    try {
      const slots = await this.system.freeSlots(today, daysAfter(today, LOOK_AHEAD_DAYS));
      this.nextSlots = slots.filter((slot) => Date.parse(slot.start) > Date.now()).slice(0, AT_A_GLANCE);
      if (this.step === 'loading') this.step = 'choose';
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private async showMonth(month: string): Promise<void> {
    this.month = month;
    this.monthSlots = undefined;
    this.chosen = undefined;
    this.host.requestUpdate();
    const today = romeDate(new Date());
    const first = `${month}-01` < today ? today : `${month}-01`;
    const last = daysAfter(`${nextMonth(month)}-01`, -1);
    try {
      const slots = await this.system.freeSlots(first, last);
      if (this.month === month) this.monthSlots = slots.filter((slot) => Date.parse(slot.start) > Date.now());
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    const reason = error instanceof SystemUnavailable ? error.reason : String(error);
    console.warn(`[cie-widgets] <${this.host.localName}>: the booking system did not answer as expected, so the element offers the comune's other ways to book. ${reason}`);
    this.step = 'unavailable';
    this.busy = false;
    this.focusNext = '#booking-flow-heading';
  }

  private async toDetails(): Promise<void> {
    if (!this.chosen || this.busy) {
      if (!this.chosen) {
        this.notice = () => msg('Scegli un orario.');
        this.host.requestUpdate();
      }
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      this.questions = await this.system.questions(this.chosen);
      // Filled in, not asked again: what the form beside the booking already has (the citizen can change it).
      const known = this.known();
      for (const q of this.questions) if (q.answer && known[q.answer] && !this.answers[q.name]) this.answers[q.name] = known[q.answer]!;
      this.step = 'details';
      this.notice = undefined;
      this.focusNext = '#booking-flow-heading';
    } catch (error) {
      this.fail(error);
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  private toReview(): void {
    this.errors = {};
    for (const question of this.questions) {
      const value = (this.answers[question.name] ?? '').trim();
      if (question.kind === 'consent') {
        if (question.required && value !== 'true') this.errors[question.name] = () => msg('Per prenotare, conferma di aver letto l’informativa.');
      } else if (question.required && !value) this.errors[question.name] = () => msg(str`Scrivi: ${labelOf(question)}.`);
      else if (value && question.kind === 'email' && !EMAIL.test(value)) this.errors[question.name] = () => msg('Scrivi un indirizzo email completo, come nome@esempio.it.');
    }
    if (Object.keys(this.errors).length) this.focusNext = '.booking-errors';
    else {
      this.step = 'review';
      this.focusNext = '#booking-flow-heading';
    }
    this.host.requestUpdate();
  }

  private async book(): Promise<void> {
    // One booking at a time: a second tap on a slow network holds nothing twice.
    if (this.busy || !this.chosen) return;
    this.busy = true;
    this.step = 'booking';
    this.host.requestUpdate();
    const answers = Object.fromEntries(this.questions.map((q) => [q.name, (this.answers[q.name] ?? '').trim()]));
    try {
      this.booked = await this.system.book(this.chosen, answers, { locale: this.locale });
      this.step = 'booked';
      this.notice = undefined;
      this.focusNext = '#booking-flow-heading';
      recordAppointment({ comune: this.comune, start: this.booked.start, end: this.booked.end, code: this.booked.code });
      this.host.dispatchEvent(
        new CustomEvent('cie-appointment-booked', { bubbles: true, composed: true, detail: { start: this.booked.start, end: this.booked.end, code: this.booked.code } }),
      );
    } catch (error) {
      if (error instanceof SlotTaken) {
        this.step = 'choose';
        this.chosen = undefined;
        this.month = undefined;
        this.notice = () => msg('L’orario scelto non è più libero: qualcuno lo ha prenotato nel frattempo. Scegli un altro orario; i tuoi dati restano.');
        this.focusNext = '.booking-notice';
        this.busy = false;
        await this.loadNext();
      } else this.fail(error);
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  /** After cancelling: the free times again, what the citizen wrote kept. */
  private async restart(): Promise<void> {
    this.booked = undefined;
    this.chosen = undefined;
    this.month = undefined;
    this.step = 'loading';
    this.focusNext = '#booking-flow-heading';
    this.host.requestUpdate();
    await this.loadNext();
    // Where the times now are: the heading of the step drawn once they arrived.
    this.focusNext = '#booking-flow-heading';
    this.host.requestUpdate();
  }

  private async cancel(): Promise<void> {
    if (this.busy || !this.booked || !this.system.cancel) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await this.system.cancel(this.booked);
      recordAppointment(undefined);
      this.step = 'cancelled';
      this.focusNext = '#booking-flow-heading';
    } catch (error) {
      console.warn(`[cie-widgets] <${this.host.localName}>: the booking could not be cancelled.`, error);
      this.step = 'booked';
      this.notice = () => msg('Non è stato possibile annullare l’appuntamento da qui: usa il telefono o l’email dell’ufficio.');
      this.focusNext = '.booking-notice';
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  /** What the page already knows of the citizen, for the system's questions (empty ones only, when they are asked). */
  prefillFrom(known: () => KnownAnswers): void {
    this.known = known;
  }

  /** Whether the citizen holds a booking made on this page, here or in another element: other ways to book are then beside the point. */
  get holdsBooking(): boolean {
    return this.step === 'booked' || this.step === 'cancel-asked' || this.bookedElsewhere !== undefined;
  }

  render(settings: Settings, locale: Locale, level: number) {
    this.locale = locale;
    const title = (text: string) => heading(level + 1, text, 'booking-flow-heading', 'subheading', true);
    const notice = this.notice ? html`<p class="booking-notice" tabindex="-1">${this.notice()}</p>` : nothing;
    const elsewhere = this.bookedElsewhere;
    const body = (() => {
      // One appointment per page: booked in another element, it is said here, not offered again.
      if (elsewhere) {
        return html`${title(msg('Appuntamento già prenotato'))}
          <p>${msg(str`Appuntamento allo sportello: ${appointmentWhen(elsewhere, locale)}`)}</p>
          ${elsewhere.code ? html`<p>${msg(str`Codice della prenotazione: ${elsewhere.code}`)}</p>` : nothing}
          <p>${msg('La conferma, con il file per il calendario e il modo di annullarlo, è dove lo hai prenotato in questa pagina.')}</p>`;
      }
      switch (this.step) {
        case 'loading':
          return html`${title(msg('Prenota qui'))}<p>${msg('Cerco gli orari liberi…')}</p>`;
        case 'unavailable':
          return html`${title(msg('Prenota qui'))}
            <p>${msg('La prenotazione in questa pagina non risponde ora. Prenota in uno dei modi indicati qui.')}</p>`;
        case 'choose':
          return html`${title(msg('Scegli il giorno e l’orario'))}${notice}${this.renderChoice(locale)}`;
        case 'details':
          return html`${title(msg('I tuoi dati per l’appuntamento'))}${this.renderDetails(settings, locale)}`;
        case 'review':
        case 'booking':
          return html`${title(msg('Controlla e conferma'))}${this.renderReview(settings, locale)}`;
        case 'booked':
        case 'cancel-asked':
          return html`${title(this.booked?.pending ? msg('Appuntamento richiesto') : msg('Appuntamento confermato'))}${notice}${this.renderBooked(settings, locale)}`;
        case 'cancelled':
          return html`${title(msg('Appuntamento annullato'))}<p>${msg('L’appuntamento è stato annullato. Se ti serve, puoi prenotarne un altro.')}</p>
            <p><button type="button" @click=${() => void this.restart()}>${msg('Scegli un altro orario')}</button></p>`;
      }
    })();
    return html`<div class="booking-flow" part="booking-flow" aria-busy=${this.busy ? 'true' : 'false'}>${body}</div>`;
  }

  private renderChoice(locale: Locale) {
    const slots = this.month ? this.monthSlots : this.nextSlots;
    const months = [0, 1, 2].map((ahead) => monthAfter(romeDate(new Date()).slice(0, 7), ahead));
    const pick = (slot: FreeSlot) => {
      this.chosen = slot;
      this.notice = undefined;
      this.host.requestUpdate();
    };
    const radios = (list: FreeSlot[], withDay: boolean) =>
      list.map(
        (slot, i) => html`<label class="slot">
          <input type="radio" name="booking-slot" .checked=${this.chosen?.ref === slot.ref} @change=${() => pick(slot)} id=${`slot-${withDay ? 'n' : 'm'}${i}`} />
          ${withDay ? `${dayLabel(slot.start, locale)}, ${timeRange(slot, locale)}` : timeRange(slot, locale)}
        </label>`,
      );
    const list =
      slots === undefined
        ? html`<p role="status">${msg('Cerco gli orari liberi…')}</p>`
        : !slots.length
          ? html`<p role="status">${this.month ? msg(str`Nessun orario libero in ${monthLabel(this.month, locale)}.`) : msg('Nessun orario libero nei prossimi due mesi.')}</p>`
          : this.month
            ? byDay(slots).map(
                ([, daySlots]) => html`<fieldset class="slots">
                  <legend>${dayLabel(daySlots[0]!.start, locale)}</legend>
                  ${radios(daySlots, false)}
                </fieldset>`,
              )
            : html`<fieldset class="slots">
                <legend>${msg('I primi orari liberi')}</legend>
                ${radios(slots, true)}
              </fieldset>`;
    return html`<p class="month-pick">
        <label for="booking-month">${msg('Mostra gli orari liberi di')}</label>
        <select id="booking-month" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          if (value) void this.showMonth(value);
          else {
            this.month = undefined;
            this.chosen = undefined;
            this.host.requestUpdate();
          }
        }}>
          <option value="" ?selected=${!this.month}>${msg('i prossimi giorni')}</option>
          ${months.map((m) => html`<option value=${m} ?selected=${this.month === m}>${monthLabel(m, locale)}</option>`)}
        </select>
      </p>
      ${list}
      <p><button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.toDetails()}>${msg('Continua')}</button></p>`;
  }

  private renderDetails(settings: Settings, locale: Locale) {
    const errors = Object.entries(this.errors);
    const privacyUrl = safeHref(settings.privacyNoticeUrl);
    const input = (q: BookingQuestion) => {
      const id = `booking-${q.name}`;
      const error = this.errors[q.name];
      const described = error !== undefined ? `${id}-error` : nothing;
      const onInput = (e: Event) => {
        const target = e.target as HTMLInputElement;
        this.answers = { ...this.answers, [q.name]: q.kind === 'consent' ? String(target.checked) : target.value };
      };
      const errorLine = error !== undefined ? html`<p class="field-error" id=${`${id}-error`}>${error()}</p>` : nothing;
      if (q.kind === 'consent')
        return html`<div class="field consent">
          ${errorLine}
          <input type="checkbox" id=${id} .checked=${this.answers[q.name] === 'true'} @change=${onInput} aria-invalid=${error !== undefined ? 'true' : 'false'} aria-describedby=${described} />
          <label for=${id}>${labelOf(q)}${q.required ? ' *' : ''}</label>
          ${privacyUrl ? html`<a href=${privacyUrl}>${msg('Leggi l’informativa del Comune')}</a>` : nothing}
        </div>`;
      const common = { id, value: this.answers[q.name] ?? '', invalid: error !== undefined ? 'true' : 'false' };
      return html`<div class="field">
        <label for=${id} lang=${q.answer ? nothing : 'it'}>${labelOf(q)}${q.required ? ' *' : ''}</label>
        ${errorLine}
        ${q.kind === 'textarea'
          ? html`<textarea id=${common.id} .value=${common.value} @input=${onInput} ?required=${q.required} aria-invalid=${common.invalid} aria-describedby=${described}></textarea>`
          : html`<input
              id=${common.id}
              type=${q.kind === 'email' ? 'email' : q.kind === 'tel' ? 'tel' : 'text'}
              autocomplete=${autocompleteOf(q) ?? nothing}
              .value=${common.value}
              @input=${onInput}
              ?required=${q.required}
              aria-invalid=${common.invalid}
              aria-describedby=${described}
            />`}
      </div>`;
    };
    return html`<p>${msg(str`Per ${this.chosenLabel(locale)}. I campi con * sono obbligatori.`)}</p>
      ${errors.length
        ? html`<div class="booking-errors" tabindex="-1" role="group" aria-label=${msg('C’è un problema')}>
            <p><strong>${msg('C’è un problema')}</strong></p>
            <ul>
              ${errors.map(([name, text]) => html`<li><a href=${`#booking-${name}`} @click=${(e: Event) => this.focusField(e, name)}>${text()}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      <form novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.toReview();
      }}>
        ${this.questions.map(input)}
        <p class="actions">
          <button type="button" @click=${() => this.back('choose')}>${msg('Indietro')}</button>
          <button type="submit" class="primary">${msg('Continua')}</button>
        </p>
      </form>`;
  }

  private focusField(event: Event, name: string) {
    event.preventDefault();
    (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#booking-${name}`)?.focus();
  }

  private back(step: Step) {
    this.step = step;
    this.errors = {};
    this.focusNext = '#booking-flow-heading';
    this.host.requestUpdate();
  }

  private chosenLabel(locale: Locale): string {
    return this.chosen ? `${dayLabel(this.chosen.start, locale)}, ${timeRange(this.chosen, locale)}` : '';
  }

  private renderReview(settings: Settings, locale: Locale) {
    const rows: [string, string][] = [
      [msg('Dove'), appointmentPlace(settings, locale)],
      [msg('Quando'), this.chosenLabel(locale)],
      ...this.questions.filter((q) => q.kind !== 'consent' && this.answers[q.name]?.trim()).map((q): [string, string] => [labelOf(q), this.answers[q.name]!.trim()]),
    ];
    return html`<dl class="review">${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      ${this.step === 'booking' ? html`<p role="status">${msg('Prenotazione in corso…')}</p>` : nothing}
      <p class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.back('details')}>${msg('Modifica')}</button>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.book()}>${msg('Conferma la prenotazione')}</button>
      </p>`;
  }

  private renderBooked(settings: Settings, locale: Locale) {
    const booked = this.booked!;
    const when = appointmentWhen(booked, locale);
    const event = appointmentEvent(settings, booked, locale);
    const ics = `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(event))}`;
    return html`<p>${booked.pending ? msg(str`L’ufficio deve ancora confermare l’appuntamento chiesto per ${when}.`) : msg(str`L’appuntamento è fissato per ${when}.`)}</p>
      <dl class="review">
        ${booked.code ? html`<dt>${msg('Codice della prenotazione')}</dt><dd class="code">${booked.code}</dd>` : nothing}
        <dt>${msg('Dove')}</dt><dd>${event.location}</dd>
      </dl>
      <p><strong>${msg('Aggiungi al calendario')}</strong></p>
      <ul class="calendar-links">
        <li><a href=${ics} download="appuntamento-cie.ics">${msg('File per il calendario del telefono (.ics)')}</a></li>
        <li><a href=${googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">Google Calendar</a></li>
        <li><a href=${outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer">Outlook</a></li>
      </ul>
      ${this.system.cancel && booked.cancelRef
        ? this.step === 'cancel-asked'
          ? html`<p>${msg('Vuoi davvero annullare l’appuntamento?')}</p>
              <p class="actions">
                <button type="button" ?disabled=${this.busy} @click=${() => this.back('booked')}>${msg('No, lo tengo')}</button>
                <button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.cancel()}>${msg('Sì, annulla l’appuntamento')}</button>
              </p>`
          : html`<p><button type="button" @click=${() => this.back('cancel-asked')}>${msg('Annulla l’appuntamento')}</button></p>`
        : nothing}`;
  }
}

function labelOf(q: BookingQuestion): string {
  switch (q.answer) {
    case 'given-name':
      return msg('Nome');
    case 'family-name':
      return msg('Cognome');
    case 'full-name':
      return msg('Nome e cognome');
    case 'email':
      return msg('Email');
    case 'phone':
      return msg('Telefono');
    case 'fiscal-code':
      return msg('Codice fiscale');
    default:
      return q.kind === 'consent' ? msg('Ho letto l’informativa sul trattamento dei dati personali') : q.label;
  }
}

function autocompleteOf(q: BookingQuestion): string | undefined {
  return { 'given-name': 'given-name', 'family-name': 'family-name', 'full-name': 'name', email: 'email', phone: 'tel', 'fiscal-code': undefined }[q.answer ?? 'fiscal-code'];
}

/** The counter and the office's address, as the settings say them. */
const rome = (locale: Locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Rome', ...options });

const dayLabel = (iso: string, locale: Locale) => rome(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
const clock = (iso: string, locale: Locale) => rome(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

function timeRange(slot: { start: string; end?: string }, locale: Locale): string {
  return slot.end ? `${clock(slot.start, locale)}–${clock(slot.end, locale)}` : clock(slot.start, locale);
}

function monthLabel(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}

function monthAfter(month: string, ahead: number): string {
  let result = month;
  for (let i = 0; i < ahead; i++) result = nextMonth(result);
  return result;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Slots grouped by their day on Rome's clock, in order. */
function byDay(slots: FreeSlot[]): [string, FreeSlot[]][] {
  const days = new Map<string, FreeSlot[]>();
  for (const slot of slots) {
    const day = romeDate(new Date(slot.start));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

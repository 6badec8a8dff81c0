// The form engine's element half: one submission flow for every request form. A form
// subclass gives its fields, its template and its payload; this class handles the
// channel the comune set (endpoint, email, appointment), errors, receipt, draft, events.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { prepareCardCopy } from '../../../src/forms/card-copy.js';
import { FormModel, type FieldSpec, type FieldValue, type Values } from '../../../src/forms/form-model.js';
import { safeHref } from '../../../src/links.js';
import { renderIn } from '../../../src/locale.js';
import type { Locale } from '../../../src/settings/fields.js';
import type { Channel, Settings } from '../../../src/settings/schema.js';
import { localize } from '../../../src/text.js';
import {
  newIdempotencyKey,
  resolveHeaders,
  submitRequest,
  type Attachment,
  type SubmitOutcome,
} from '../../../src/transport/submit.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import { CieElement } from '../cie-element.js';
import { emailLink, phoneLink } from '../contact-links.js';
import { heading } from '../heading.js';
import { serviceTimeText } from '../service-facts.js';
import { errorSummary } from './error-summary.js';
import type { FormView } from './fields.js';

export type RequestKind = 'reprint' | 'contactUpdate';
type Failure = Extract<SubmitOutcome, { ok: false }>;

type Phase =
  | { name: 'editing' }
  | { name: 'submitting'; progress?: number }
  | { name: 'sent'; reference?: string; duplicate: boolean }
  | { name: 'email-ready'; mailto: string; text: string }
  | { name: 'summary-ready' }
  | { name: 'failed'; failure: Failure };

/** Details of the events integrators listen to. */
export interface CieSubmitDetail {
  request: RequestKind;
  channel: Channel['type'];
  payload: unknown;
}
export interface CieSubmittedDetail extends CieSubmitDetail {
  reference?: string;
}
export interface CieSubmitErrorDetail {
  request: RequestKind;
  kind: Failure['kind'];
  status?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cie-submit': CustomEvent<CieSubmitDetail>;
    'cie-submitted': CustomEvent<CieSubmittedDetail>;
    'cie-submit-error': CustomEvent<CieSubmitErrorDetail>;
  }
}

export abstract class RequestForm extends CieElement {
  /** Overrides the settings' channel with an HTTP endpoint. Twin: `data-endpoint`. */
  @property() endpoint?: string;

  protected abstract readonly request: RequestKind;
  protected abstract fieldSpecs(settings: Settings): FieldSpec[];
  protected abstract renderFields(view: FormView, settings: Settings): TemplateResult;
  protected abstract buildPayload(values: Values, envelope: Record<string, unknown>, attachments: Attachment[]): unknown;
  protected abstract attachments(values: Values): Attachment[];
  /** The form's field for a payload path a server names in a 400 (`holder.codiceFiscale`). */
  protected abstract fieldForPath(path: string): string | undefined;
  /** Label and value of each answer, for the email text and the printable summary. */
  protected abstract summaryRows(values: Values, locale: Locale): [string, string][];
  protected abstract formTitle(): string;
  /** What comes before the form (e.g. a way to do without it). */
  protected renderBeforeForm(_settings: Settings): TemplateResult | typeof nothing {
    return nothing;
  }
  /** A field's name in the error summary ("Codice fiscale del titolare"). */
  protected abstract fieldName(name: string): string;

  private model?: FormModel;
  private modelSettings?: Settings;
  private phase: Phase = { name: 'editing' };
  private idempotencyKey?: string;
  private readonly previews: FormView['previews'] = new Map();

  protected override settingsOverrides() {
    const url = this.endpoint ?? this.dataset.endpoint;
    // An editor writes a path on their own site ("/api/cie"); settings hold absolute URLs.
    return url ? { requests: { [this.request]: { channel: { type: 'endpoint', url: new URL(url, document.baseURI).href } } } } : undefined;
  }

  private modelFor(settings: Settings): FormModel {
    if (!this.model || this.modelSettings !== settings) {
      const previous = this.model;
      this.model = new FormModel(this.fieldSpecs(settings), `cie-widgets:draft:${this.localName}:${settings.id}`);
      // Settings reloaded (another language, say): what was typed and chosen stays.
      if (previous) for (const [name, value] of Object.entries(previous.values)) this.model.set(name, value);
      this.modelSettings = settings;
    }
    return this.model;
  }

  private readonly view = (model: FormModel, settings: Settings): FormView => ({
    model,
    previews: this.previews,
    change: (name, value) => this.change(model, name, value),
    pickFile: (name, file) => void this.pickFile(model, settings, name, file),
  });

  private change(model: FormModel, name: string, value: FieldValue): void {
    model.set(name, value);
    this.idempotencyKey = undefined; // other data, another request
    this.requestUpdate();
  }

  private async pickFile(model: FormModel, settings: Settings, name: string, file: File | undefined): Promise<void> {
    this.previews.delete(name);
    if (!file) return this.change(model, name, undefined);
    const prepared = await prepareCardCopy(file, settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB);
    if (prepared.ok) {
      prepared.preview?.setAttribute('aria-hidden', 'true');
      this.previews.set(name, { canvas: prepared.preview, downscaled: prepared.downscaled });
      this.change(model, name, prepared.file);
    } else {
      this.change(model, name, undefined);
      model.reject(name, { key: prepared.problem === 'unreadable' ? 'file-unreadable' : `file-${prepared.problem}` });
      this.requestUpdate();
    }
  }

  private async onSubmit(event: Event, settings: Settings, locale: Locale): Promise<void> {
    event.preventDefault();
    const model = this.modelFor(settings);
    if (this.phase.name === 'submitting') return; // a double click sends once
    model.submitted = true;
    if (!model.validate()) {
      this.phase = { name: 'editing' };
      await this.rerender();
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const values = model.visibleValues();
    const files = this.attachments(values);
    this.idempotencyKey ??= newIdempotencyKey();
    const channel = settings.requests[this.request].channel;
    const envelope = {
      schemaVersion: 1,
      idempotencyKey: this.idempotencyKey,
      comune: settings.id,
      submittedAt: new Date().toISOString(),
      locale,
    };
    const payload = this.buildPayload(values, envelope, files);
    const detail: CieSubmitDetail = { request: this.request, channel: channel.type, payload };
    if (!this.emit('cie-submit', detail, true)) return; // an integrator took over

    if (channel.type !== 'endpoint') {
      this.phase = channel.type === 'email' ? this.emailPhase(channel.to, values, settings, locale) : { name: 'summary-ready' };
      this.emit('cie-submitted', detail);
      await this.rerender();
      this.focusOutcome();
      return;
    }

    this.phase = { name: 'submitting' };
    await this.rerender();
    const outcome = await submitRequest({
      url: channel.url,
      payload,
      files,
      headers: resolveHeaders(channel.headers),
      idempotencyKey: this.idempotencyKey,
      timeoutMs: (channel.timeoutSeconds ?? 30) * 1000,
      onProgress: (progress) => {
        this.phase = { name: 'submitting', progress };
        this.requestUpdate();
      },
    });
    if (outcome.ok) {
      this.phase = { name: 'sent', reference: outcome.reference, duplicate: outcome.duplicate };
      model.clearDraft();
      this.emit('cie-submitted', { ...detail, reference: outcome.reference });
    } else {
      this.phase = { name: 'failed', failure: outcome };
      if (outcome.kind === 'field-errors') {
        for (const { field, message } of outcome.fieldErrors) {
          const name = this.fieldForPath(field);
          if (name) model.reject(name, { key: 'server', text: message });
        }
      }
      this.emit('cie-submit-error', { request: this.request, kind: outcome.kind, status: 'status' in outcome ? outcome.status : undefined });
    }
    await this.rerender();
    if (outcome.ok || !model.shownErrors().length) this.focusOutcome();
    else this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private emit<T>(type: keyof GlobalEventHandlersEventMap, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private async rerender(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
  }

  private focusOutcome(): void {
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
  }

  private emailPhase(to: string, values: Values, settings: Settings, locale: Locale): Phase {
    const text = renderIn(locale, () =>
      [
        msg(str`Richiesta per: ${localize(settings.name, locale)}`),
        '',
        ...this.summaryRows(values, locale).map(([label, value]) => `${label}: ${value}`),
        '',
        msg('In allegato: copia del fronte e del retro della carta d’identità elettronica.'),
      ].join('\n'),
    );
    const subject = renderIn(locale, () => this.formTitle());
    const mailto = `mailto:${encodeURI(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
    return { name: 'email-ready', mailto, text };
  }

  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const model = this.modelFor(settings);
    const phase = this.phase;
    const done = phase.name === 'sent' || phase.name === 'email-ready' || phase.name === 'summary-ready';
    return html`<section class="card" part="card" aria-labelledby="form-heading">
      ${heading(this.level, this.formTitle(), 'form-heading')}
      ${done
        ? this.renderDone(phase, settings, locale, model)
        : html`${this.renderBeforeForm(settings)}
            ${phase.name === 'failed' ? this.renderFailure(phase.failure, settings, locale) : nothing}
            ${errorSummary(model, this.renderRoot as ShadowRoot, Math.min(6, this.level + 1), (name) => this.fieldName(name))}
            <form novalidate @submit=${(e: Event) => this.onSubmit(e, settings, locale)}>
              ${this.renderFields(this.view(model, settings), settings)}
              ${this.renderSubmit(settings.requests[this.request].channel)}
            </form>`}
    </section>`;
  }

  private renderSubmit(channel: Channel) {
    const submitting = this.phase.name === 'submitting';
    const progress = this.phase.name === 'submitting' ? this.phase.progress : undefined;
    const label =
      channel.type === 'endpoint'
        ? msg('Invia la richiesta')
        : channel.type === 'email'
          ? msg('Prepara l’email')
          : msg('Prepara il riepilogo da portare');
    return html`<div class="actions">
      <button type="submit" class="primary" aria-disabled=${submitting ? 'true' : 'false'}>${label}</button>
      <p class="status" role="status">
        ${submitting
          ? progress !== undefined && progress < 1
            ? msg(str`Invio in corso: ${Math.round(progress * 100)}%`)
            : msg('Invio in corso…')
          : nothing}
      </p>
    </div>`;
  }

  private renderFailure(failure: Failure, settings: Settings, locale: Locale) {
    const what = (() => {
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
    })();
    return html`<div class="failure" part="failure" id="outcome" tabindex="-1" role="alert">
      <p><strong>${msg('La richiesta non è stata inviata.')}</strong> ${what}</p>
      <p>${msg('I dati che hai scritto sono ancora qui. Puoi riprovare, o rivolgerti al Comune:')}</p>
      ${this.otherChannels(settings, locale)}
    </div>`;
  }

  /** The comune's other ways in, for when the online request fails. */
  private otherChannels(settings: Settings, locale: Locale) {
    const { office, booking } = settings;
    const phone = office.phones?.[0];
    return html`<ul>
      ${phone ? html`<li>${localize(phone.topic, locale)}: ${phoneLink(phone.number, phone.display)}</li>` : nothing}
      ${office.email ? html`<li>${msg('Email')}: ${emailLink(office.email)}</li>` : nothing}
      ${safeHref(booking?.url) ? html`<li><a href=${safeHref(booking?.url)!}>${msg('Prenota un appuntamento allo sportello')}</a></li>` : nothing}
    </ul>`;
  }

  private renderDone(phase: Phase, settings: Settings, locale: Locale, model: FormModel) {
    const time = settings.requests[this.request].time;
    const when = time ? html`<p>${msg('Tempi:')} ${serviceTimeText(time, locale)}.</p>` : nothing;
    const edit = html`<button type="button" class="secondary" @click=${() => ((this.phase = { name: 'editing' }), this.requestUpdate())}>
      ${msg('Modifica i dati')}
    </button>`;
    if (phase.name === 'sent') {
      return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
        <p class="receipt-title"><strong>${phase.duplicate ? msg('La richiesta era già stata ricevuta.') : msg('Richiesta inviata.')}</strong></p>
        ${phase.reference ? html`<p>${msg('Numero della richiesta:')} <strong class="reference">${phase.reference}</strong></p>` : nothing}
        <p>${msg('Il Comune la controlla e ti scrive all’email che hai indicato.')}</p>
        ${when}
      </div>`;
    }
    if (phase.name === 'email-ready') {
      return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
        <p class="receipt-title"><strong>${msg('Il messaggio è pronto: manca solo l’invio.')}</strong></p>
        <ol>
          <li><a href=${phase.mailto}>${msg('Apri il messaggio nel tuo programma di posta')}</a></li>
          <li>${msg('Allega la foto o la scansione del fronte e del retro della carta: un link email non può allegare file.')}</li>
          <li>${msg('Invia il messaggio.')}</li>
        </ol>
        <p>${msg('Se il programma di posta non si apre, copia questo testo in un’email a')} ${emailLink((settings.requests[this.request].channel as { to: string }).to)}:</p>
        <pre class="email-text">${phase.text}</pre>
        ${when} ${edit}
      </div>`;
    }
    const booking = settings.booking;
    return html`<div class="receipt" part="receipt" id="outcome" tabindex="-1">
      <p class="receipt-title"><strong>${msg('Riepilogo pronto: stampalo o tienilo sul telefono e portalo allo sportello.')}</strong></p>
      <dl class="summary">
        ${this.summaryRows(model.visibleValues(), locale).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      <p>${msg('Porta anche la carta d’identità elettronica.')}</p>
      ${safeHref(booking?.url)
        ? html`<p><a class="button" href=${safeHref(booking?.url)!}>${msg('Prenota un appuntamento allo sportello')}</a></p>`
        : booking?.phone
          ? html`<p>${msg('Prenota un appuntamento per telefono:')} ${phoneLink(booking.phone, booking.phoneDisplay)}</p>`
          : nothing}
      ${when}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => window.print()}>${msg('Stampa il riepilogo')}</button>
        ${edit}
      </div>
    </div>`;
  }
}

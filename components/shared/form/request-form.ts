// The form engine's element half: one submission flow for every request form. A form
// subclass gives its fields, its template and its payload; this class handles the
// channel the comune set (endpoint, email, appointment), errors, receipt, draft, events.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { prepareCardCopy } from '../../../src/forms/card-copy.js';
import { FormModel, type FieldSpec, type FieldValue, type Values } from '../../../src/forms/form-model.js';
import { cardCopies } from '../../../src/forms/request-fields.js';
import { renderIn } from '../../../src/locale.js';
import type { Locale } from '../../../src/settings/fields.js';
import type { Channel, Settings } from '../../../src/settings/schema.js';
import { localize } from '../../../src/text.js';
import {
  newIdempotencyKey,
  resolveHeaders,
  submitRequest,
  type Attachment,
} from '../../../src/transport/submit.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import { baseStyles } from '../base.styles.js';
import { CieElement } from '../cie-element.js';
import { heading } from '../heading.js';
import { errorSummary } from './error-summary.js';
import { formStyles } from './form.styles.js';
import type { FormView } from './fields.js';
import { failureView, receiptView, type Done, type Failure } from './outcome.js';
import { sharedFieldName } from './request-sections.js';

export type RequestKind = 'reprint' | 'contactUpdate';
type Phase = { name: 'editing' } | { name: 'submitting'; progress?: number } | { name: 'failed'; failure: Failure } | Done;

/**
 * An event for integrators: bubbling and composed, so a listener on the page hears it
 * from inside any shadow root. (A function apart, so the element manifest lists the
 * events from their JSDoc rather than this helper's parameter.)
 */
function integratorEvent<T>(type: string, detail: T, cancelable: boolean): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

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

/**
 * @event cie-submit - before sending; cancelable, so an integrator can take over
 * @event cie-submitted - sent (endpoint), or prepared (email, appointment)
 * @event cie-submit-error - the endpoint did not take it
 * @csspart card - the outer box
 * @csspart error-summary - the list of problems at the top
 * @csspart receipt - what the citizen gets at the end
 * @csspart failure - what went wrong and the comune's other channels
 */
export abstract class RequestForm extends CieElement {
  static override styles = [baseStyles, formStyles];

  /** Overrides the settings' channel with an HTTP endpoint. Twin: `data-endpoint`. */
  @property() endpoint?: string;

  protected abstract readonly request: RequestKind;
  protected abstract fieldSpecs(settings: Settings): FieldSpec[];
  protected abstract renderFields(view: FormView, settings: Settings): TemplateResult;
  protected abstract buildPayload(values: Values, envelope: Record<string, unknown>, attachments: Attachment[]): unknown;
  /** Files sent with the request: the card's copies, when the form asked for them. */
  protected attachments(values: Values): Attachment[] {
    return cardCopies(values);
  }
  /** The form's field for a payload path a server names in a 400 (`holder.codiceFiscale`). */
  protected abstract fieldForPath(path: string): string | undefined;
  /** Label and value of each answer, for the email text and the printable summary. */
  protected abstract summaryRows(values: Values, locale: Locale): [string, string][];
  protected abstract formTitle(): string;
  /** What comes before the form (e.g. a way to do without it). */
  protected renderBeforeForm(_settings: Settings): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Names, in the error summary, of the fields only this form has. */
  protected abstract ownFieldNames(): Record<string, string>;

  /** A field's name in the error summary ("Codice fiscale del titolare"). */
  private fieldName(name: string): string {
    return this.ownFieldNames()[name] ?? sharedFieldName(name) ?? name;
  }

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
    return this.dispatchEvent(integratorEvent(type, detail, cancelable));
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
    return { name: 'email-ready', mailto, text, to };
  }

  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const model = this.modelFor(settings);
    const phase = this.phase;
    const edit = () => {
      this.phase = { name: 'editing' };
      this.requestUpdate();
    };
    return html`<section class="card" part="card" aria-labelledby="form-heading">
      ${heading(this.level, this.formTitle(), 'form-heading')}
      ${phase.name === 'sent' || phase.name === 'email-ready' || phase.name === 'summary-ready'
        ? receiptView(phase, { settings, locale, time: settings.requests[this.request].time, rows: () => this.summaryRows(model.visibleValues(), locale), edit })
        : html`${this.renderBeforeForm(settings)}
            ${phase.name === 'failed' ? failureView(phase.failure, settings, locale) : nothing}
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
}

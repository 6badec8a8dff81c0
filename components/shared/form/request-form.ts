// The form engine's element half: one element class for every request form. A request
// form names its declaration (src/requests/) and what comes before the form; this class
// lays the questions out, runs the channel the comune set, and moves focus.
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { asksMobile, cardProof, channelRole, unreachable, type FormAction } from '../../../src/requests/channels.js';
import type { RequestContract, RequestDefinition } from '../../../src/requests/request-definition.js';
import type { CieRequest } from '../../../src/requests/schema.js';
import type { FieldContext } from '../../../src/requests/request-field.js';
import { endpointOverride, withPlainEndpoint } from '../../../src/settings/endpoint-override.js';
import type { SettingsProblem } from '../../../src/settings/problems.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import { baseStyles } from '../base.styles.js';
import { CieElement } from '../cie-element.js';
import { renderSection } from './field-templates.js';
import { DRAFT_MINUTES } from '../../../src/forms/draft.js';
import type { FormModel } from '../../../src/forms/form-model.js';
import { FormController, type FormState } from './form-controller.js';
import { formStyles } from './form.styles.js';
import { counterNotice, failureView, portalView, unsentText, type Failure } from './outcome.js';
import { LazyModule } from '../lazy-module.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import { emit } from './request-events.js';
import type * as Sending from './sending.js';
import { SubmissionController } from './submission-controller.js';

export type { CieSubmitDetail, CieSubmitErrorDetail, CieSubmittedDetail } from './request-events.js';

type SendingCode = typeof Sending & { contract: RequestContract<CieRequest> };

/**
 * @event cie-submit - before sending; cancelable, so an integrator can take over
 * @event cie-submitted - sent (endpoint), or prepared (email, appointment, walk-in)
 * @event cie-submit-error - the endpoint did not take it, or the form's code for sending could not load (`misconfigured`, `offline`)
 * @csspart card - the outer box
 * @csspart heading - headings
 * @csspart error-summary - the list of problems at the top
 * @csspart receipt - what the citizen gets at the end
 * @csspart failure - what went wrong and the comune's other channels
 * @csspart portal - the way to the comune's own online service, when it takes the request there
 * @cssproperty --cie-color-input-border - the border of text and file inputs
 * @cssproperty --cie-color-on-primary - text on the primary button
 * @cssproperty --cie-color-code-surface - the background of the prepared email text
 */
export abstract class RequestForm extends CieElement {
  static override styles = [baseStyles, formStyles];
  static override properties: PropertyDeclarations = {
    endpoint: {},
  };

  static {
    // The form's own state, re-rendering when it changes; kept out of `properties`, which
    // the editors' manifest reads as attributes.
    for (const name of ['preparing', 'cleared']) this.createProperty(name, { state: true });
  }

  static override get observedAttributes(): string[] {
    // Only forms have an endpoint: its twin is observed (and listed for editors) here.
    return [...super.observedAttributes, 'data-endpoint'];
  }

  /** Overrides the settings' channel with an HTTP endpoint. Twin: `data-endpoint`. */
  endpoint?: string;

  /** The request this form makes: its questions, payload and title. */
  protected abstract readonly definition: RequestDefinition;

  /** What comes before the form (e.g. a way to do without it); `action` says whether there is a form to fill here. */
  protected renderBeforeForm(_settings: Settings, _action: FormAction): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The counter without appointment's view, only for comuni that have one. */
  private readonly walkIn = new LazyModule(this, () => import('../walk-in.js'));

  override get ready(): Promise<void> {
    return super.ready.then(() => this.walkIn.settled).then(() => this.updateComplete.then(() => undefined));
  }

  private answersController?: FormController;
  /** The last submitted request lives with the answers' draft: the same answers after a reload are the same request. */
  private readonly submission = new SubmissionController(this, {
    get: () => this.answers.current?.submittedRequest,
    set: (request) => {
      const model = this.answers.current;
      if (model) model.submittedRequest = request;
    },
  });

  /** The citizen's answers; made on first use, because `definition` is a subclass field, unset while this constructor runs. */
  private get answers(): FormController {
    return (this.answersController ??= new FormController(
      this,
      this.definition,
      () => (this.cleared = false),
      () => this.loadSending(),
    ));
  }

  private form(settings: Settings): FormState {
    return this.answers.for(settings);
  }

  /** The code for sending (./sending.ts and the request's contract), once it has arrived. */
  private sendingCode?: SendingCode;
  private sendingLoad?: Promise<SendingCode>;
  /**
   * Between the click and the checks, while the code for checking and sending arrives
   * (usually it is here already): the form says it is busy, a second click does nothing more.
   */
  private preparing = false;

  /**
   * Asks for the code for sending once: when the citizen first reaches into the form (it
   * arrives while they type), at the latest on submit. A load that failed (the connection
   * dropped) is asked for again next time.
   */
  private loadSending(): Promise<SendingCode> {
    // Its words in the citizen's language come with it (a translation group of its own).
    if (this.sendingLoad) return this.sendingLoad;
    this.answers.codeMissing = false;
    this.sendingLoad = Promise.all([import('./sending.js'), this.definition.contract(), this.language.loadPart('sending')]).then(
      ([code, contract]) => {
        this.answers.code = code;
        this.requestUpdate(); // what shows once it is here (the privacy notice's points)
        // Its look comes with it: the errors, the receipt, the summary (none can show before it).
        const root = this.renderRoot as ShadowRoot;
        if (code.afterSubmitStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, code.afterSubmitStyles.styleSheet];
        return (this.sendingCode = { ...code, contract });
      },
      (error: unknown) => {
        this.sendingLoad = undefined;
        this.answers.codeMissing = true;
        this.requestUpdate();
        throw error;
      },
    );
    return this.sendingLoad;
  }

  /** The `endpoint` attribute (or its twin) as settings hold it: an editor writes a path on their own site ("/api/cie"), settings hold absolute URLs. */
  private endpointUrl(): string | undefined {
    const url = this.endpoint ?? this.twin('endpoint');
    return url ? absoluteUrl(url) : undefined;
  }

  protected override settingsOverrides() {
    const url = this.endpointUrl();
    return url === undefined ? undefined : endpointOverride(this.definition.kind, url);
  }

  /** An endpoint address over checked settings needs no checker when it is a plain web address. */
  protected override settingsOverChecked(checked: unknown): unknown {
    const url = this.endpointUrl();
    return url === undefined ? undefined : withPlainEndpoint(checked, this.definition.kind, url);
  }

  private async onSubmit(event: Event, settings: Settings, locale: Locale): Promise<void> {
    event.preventDefault();
    if (this.submission.sending || this.preparing) return; // a double click sends once
    const form = this.answers;
    let sending: SendingCode;
    this.preparing = true;
    try {
      // Usually here already, asked for when the citizen reached into the form.
      sending = this.sendingCode ?? (await this.loadSending());
      if (form.readingFiles) await form.settled(); // a photo chosen a moment ago is still being read
    } catch (error) {
      // What sending needs did not arrive: the answers stay, the citizen is told, and can try again.
      console.error('[cie-widgets] the code for sending did not load:', error);
      const failure = navigator.onLine ? ({ ok: false, kind: 'misconfigured', detail: String(error) } as const) : ({ ok: false, kind: 'offline' } as const);
      this.submission.fail(failure);
      emit(this, 'cie-submit-error', { request: this.definition.kind, kind: failure.kind, status: undefined });
      await this.updateComplete;
      this.showOutcome();
      return;
    } finally {
      this.preparing = false;
    }
    if (this.submission.sending) return;
    // Questions → review → sent: checked answers are shown on one screen before anything is sent.
    if (this.submission.phase.name !== 'reviewing') {
      if (!form.checkAll(this.form(settings).model)) return this.showErrors();
      return this.enterReview();
    }
    const next = await sending.submitAnswers({
      element: this,
      definition: this.definition,
      contract: sending.contract,
      state: this.form(settings),
      answers: form,
      submission: this.submission,
      language: this.language,
      settings,
      service: this.serviceIn(settings),
      locale,
      fillingSigns: () => this.fillingSigns(),
    });
    if (next === 'errors') return this.showErrors();
    if (next === 'none') return;
    await this.updateComplete;
    this.showOutcome();
  }

  /** This form's entry in the browser's history while its review shows: Back returns to the questions. */
  private readonly reviewEntry = `cie-review-${Math.random().toString(36).slice(2)}`;

  private async enterReview(): Promise<void> {
    this.submission.review();
    history.pushState({ ...(history.state as object | null), cieReview: this.reviewEntry }, '');
    await this.updateComplete;
    const review = this.renderRoot.querySelector<HTMLElement>('#review');
    review?.focus({ preventScroll: true });
    review?.scrollIntoView({ block: 'start' });
  }

  /** Where focus goes once back at the questions: the one whose "Modifica" was chosen, else the first. */
  private editTarget?: string;

  /** "Modifica" (or the browser's Back): the questions again, answers kept, focus on the one to change. */
  private readonly leaveReview = (name?: string) => {
    this.editTarget = name;
    if ((history.state as { cieReview?: string } | null)?.cieReview === this.reviewEntry) history.back(); // popstate finishes
    else void this.backToQuestions();
  };

  private readonly onPopState = () => {
    if (this.submission.phase.name === 'reviewing') void this.backToQuestions();
  };

  private async backToQuestions(): Promise<void> {
    this.submission.edit();
    await this.updateComplete;
    const target = this.editTarget ? this.renderRoot.querySelector<HTMLElement>(`#field-${this.editTarget}`) : null;
    this.editTarget = undefined;
    const question = target ?? this.renderRoot.querySelector<HTMLElement>('form input, form select, form textarea');
    question?.focus();
    question?.scrollIntoView({ block: 'center' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.markTitle(false);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const model = this.answers.current;
    this.markTitle(Boolean(model?.shownErrors().length) && this.submission.phase.name !== 'reviewing');
  }

  /** The prefix this form put on the page's title, to take it off again. */
  private titleMark?: string;

  /**
   * "Errore: " before the page's title while the form shows errors (GOV.UK's pattern): the
   * title is the first thing a screen reader says of a page, and what a tab shows.
   */
  private markTitle(errors: boolean): void {
    if (errors && !this.titleMark) {
      const mark = `${this.language.speak(() => msg('Errore:'))} `;
      if (document.title.startsWith(mark)) return; // another form on the page said it already
      document.title = mark + document.title;
      this.titleMark = mark;
    } else if (!errors && this.titleMark) {
      if (document.title.startsWith(this.titleMark)) document.title = document.title.slice(this.titleMark.length);
      this.titleMark = undefined;
    }
  }

  /** Focus on the outcome, its title at the top of the screen: on a phone the form above was long. */
  private showOutcome(): void {
    const outcome = this.renderRoot.querySelector<HTMLElement>('#outcome');
    outcome?.focus({ preventScroll: true });
    outcome?.scrollIntoView({ block: 'start' });
  }

  /** The citizen reached into the form (focus, typing, autofill): the code for sending starts arriving while they answer. */
  private readonly prefetchSending = () => {
    if (!this.sendingLoad) this.loadSending().catch(() => undefined); // tried again on submit, where a failure is told
  };

  /** When the form appeared, by the page's clock (never the phone's wall clock, which may be wrong). */
  private readonly appearedAt = performance.now();

  /** What tells a receiver a person filled this in: the time taken, and the trap field (empty unless a bot filled it). */
  private fillingSigns() {
    const trap = this.renderRoot.querySelector<HTMLInputElement>('.trap input');
    return { secondsToFill: Math.max(0, Math.round((performance.now() - this.appearedAt) / 1000)), honeypot: (trap?.value ?? '').slice(0, 200) };
  }

  private async showErrors(): Promise<void> {
    // Errors are shown with their questions (a server's, or the contract's, found at sending).
    if (this.submission.phase.name === 'reviewing') this.submission.edit();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** The comune's settings for this request; checked present before the form renders. */
  private serviceIn(settings: Settings): RequestService {
    const service = settings.requests[this.definition.kind];
    if (!service) throw new Error(`requests.${this.definition.kind} is missing`);
    return service;
  }

  /** Optional for pages without this form (contactUpdate): where the form is, the editor is told. */
  protected override problemsWith(settings: Settings): SettingsProblem[] {
    const where = `requests.${this.definition.kind}`;
    return settings.requests[this.definition.kind] ? [] : [{ reason: 'missing', where, detail: 'this form needs it' }];
  }

  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const service = this.serviceIn(settings);
    return html`<section class="card" part="card" aria-labelledby="form-heading">
      ${this.ownHeading(this.definition.title(settings), 'form-heading')}
      ${this.renderBody(settings, locale, channelRole(service.channel).action)}
    </section>`;
  }

  /**
   * "Quanto è stato facile usare questo servizio?" once the form has done its part (C.SE.1.7),
   * where the settings say where ratings go: its code and words asked for then, so no other
   * page downloads them.
   */
  private readonly ratingCode = new LazyModule(this, () =>
    Promise.all([import('../rating/service-rating.js'), this.language.loadPart('rating')]).then(([code]) => code),
  );
  private rating?: import('../rating/service-rating.js').ServiceRating;
  private renderRating(settings: Settings, locale: Locale) {
    const code = settings.rating && this.ratingCode.get();
    if (!code) return nothing;
    code.adoptRatingStyles(this.renderRoot);
    this.rating ??= new code.ServiceRating(this);
    return this.rating.render({ settings, locale, variant: 'service', request: this.definition.kind, level: this.level + 1 });
  }

  private renderBody(settings: Settings, locale: Locale, action: FormAction) {
    const service = this.serviceIn(settings);
    if (action === 'visit-counter') {
      // Only a walk-in counter has this action (channelRole). Until its code is here: the comune's own words on how it receives.
      const { channel } = service;
      const counter =
        channel.type === 'walk-in'
          ? (this.walkIn.get()?.counterView(channel, service, settings, locale, this.level) ?? html`<p>${comuneText(channel.instructions, locale)}</p>`)
          : nothing;
      return html`${this.renderBeforeForm(settings, action)} ${counter}`;
    }
    if (service.channel.type === 'portal') {
      return html`${this.renderBeforeForm(settings, action)}
      ${portalView(service.channel, { settings, locale, needsCard: cardProof(this.definition.kind, service) !== 'none', asksMobile: asksMobile(settings, this.definition.kind) })}`;
    }
    const { model, sections, fields, view } = this.form(settings);
    const phase = this.submission.phase;
    // A form reaches these phases only after its code for sending has arrived.
    const code = this.sendingCode;
    if (code && (phase.name === 'sent' || phase.name === 'email-ready' || phase.name === 'summary-ready')) {
      // The summary goes to the office's counter: in Italian, like the email to the office.
      const rows = () => this.language.speak(() => code.summaryRows(fields, model.visibleValues(), 'it', code.checks), 'it');
      const print = () => code.printSummary({ settings, service, title: this.language.speak(() => this.definition.title(settings), 'it'), rows: rows() });
      const cardShown = cardProof(this.definition.kind, service) === 'shown-at-counter';
      return html`${stepLine(3)} ${code.doneView(phase, { settings, locale, service, title: this.definition.title(settings), rows, edit: () => this.submission.edit(), print, cardShown })}
      ${this.renderRating(settings, locale)}`;
    }
    const reviewing = phase.name === 'reviewing' && code !== undefined;
    const ctx: FieldContext = { settings, values: model.values, request: this.definition.kind, locale };
    const filesToPickAgain = model.restoredWithoutFiles && fields.some((field) => field.kind === 'file' && model.isVisible(field.name) && !model.get(field.name));
    // Field errors from the comune are on their fields, listed by the error summary: one box, not two.
    const failureBox = phase.name === 'failed' && (phase.failure.kind !== 'field-errors' || phase.notes?.length);
    return html`${counterNotice(service, settings, locale)} ${this.renderBeforeForm(settings, action)} ${stepLine(reviewing ? 2 : 1)}
      ${failureBox ? failureView(phase.failure, failureWords(phase.failure, settings, code), settings, locale, phase.notes) : nothing}
      ${code && !reviewing ? code.errorSummary(model, this.renderRoot as ShadowRoot, this.level + 1, fields) : nothing}
      ${filesToPickAgain && !reviewing ? html`<p class="notice">${msg('Le risposte scritte sono state recuperate; i file non vengono conservati: allegali di nuovo.')}</p>` : nothing}
      <p class="required-note" ?hidden=${reviewing}>
        ${
          fields.every((field) => field.required || !model.isVisible(field.name))
            ? msg('Tutte le domande sono obbligatorie.')
            : msg('Tutte le domande sono obbligatorie, tranne quelle indicate come facoltative.')
        }
      </p>
      <form novalidate aria-busy=${this.preparing ? 'true' : 'false'} @focusin=${this.prefetchSending} @input=${this.prefetchSending} @change=${this.prefetchSending} @submit=${(e: Event) => this.onSubmit(e, settings, locale)}>
        <!-- Hidden, not removed, during the review: the chosen files stay chosen. -->
        <fieldset class="answers" ?disabled=${this.submission.sending} ?hidden=${reviewing}>
          ${sections.map((section) => renderSection(view, section, ctx, this.level))}
        </fieldset>
        ${reviewing ? code.reviewView(code.answerRows(fields, model.visibleValues(), locale, code.checks), this.level, this.leaveReview) : nothing}
        ${this.renderActions(action, model)}
        <div class="trap" aria-hidden="true">
          <label>${msg('Lascia vuoto questo campo')} <input name="website" type="text" tabindex="-1" autocomplete="off" /></label>
        </div>
      </form>`;
  }

  private renderActions(action: Exclude<FormAction, 'visit-counter'>, model: FormModel) {
    const phase = this.submission.phase;
    const progress = phase.name === 'submitting' ? phase.progress : undefined;
    const sending = this.submission.sending;
    const busy = sending || this.preparing;
    return html`<div class="actions">
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
        ${phase.name === 'reviewing' || phase.name === 'submitting' ? submitLabel(action) : msg('Continua')}
      </button>
      ${sending ? html`<button type="button" class="secondary" @click=${() => this.submission.cancel()}>${msg('Annulla l’invio')}</button>` : nothing}
      <p class="status" role="status">
        ${
          sending
            ? progress !== undefined && progress < 1
              ? msg(str`Invio in corso: ${Math.round(progress * 100)}%`)
              : msg('Invio in corso…')
            : this.preparing
              ? msg('Controllo delle risposte…')
              : this.cleared
              ? msg('I dati inseriti sono stati cancellati da questa pagina e dal browser.')
              : nothing
        }
      </p>
    </div>
    <div class="draft-note">
      <p>${msg(str`Finché non hai finito, quello che scrivi resta in questa scheda del browser per ${DRAFT_MINUTES} minuti (i file no), così non lo perdi se ricarichi la pagina.`)}</p>
      <p>${msg('Per continuare un altro giorno, salva le risposte in un file (senza i file allegati e senza le dichiarazioni) e riprendile da qui.')}</p>
      <div class="draft-actions">
        <button type="button" class="secondary" ?disabled=${sending} @click=${() => this.saveAnswers(model)}>${msg('Salva e continua dopo')}</button>
        <button type="button" class="secondary" ?disabled=${sending} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#resume-file')?.click()}>
          ${msg('Riprendi da un file')}
        </button>
        <input type="file" id="resume-file" accept="application/json,.json" hidden @change=${(event: Event) => this.resumeAnswers(event, model)} />
        <button type="button" class="secondary" ?disabled=${sending} @click=${() => this.clearAnswers(model)}>${msg('Cancella i dati inseriti')}</button>
      </div>
      <p class="status saved-status" role="status">${this.savedNote ?? nothing}</p>
    </div>`;
  }

  /** What the last "Salva" or "Riprendi" did, said where the citizen chose it. */
  private savedNote?: string;

  /** "Salva e continua dopo" (C.SE.1.6, without a server): the typed answers in a file the citizen keeps. */
  private async saveAnswers(model: FormModel): Promise<void> {
    const code = await this.loadSending();
    this.savedNote = code.saveAnswers(this.definition.kind, this.settingsLoad.last?.settings.id ?? '', model);
    this.requestUpdate();
  }

  /** "Riprendi da un file": a file saved from this form, checked before an answer is taken. */
  private async resumeAnswers(event: Event, model: FormModel): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file may be chosen again
    if (!file) return;
    const code = await this.loadSending();
    this.savedNote = await code.resumeAnswers(file, this.definition.kind, model);
    this.requestUpdate();
  }

  /** Said once after the citizen cleared the form, until they type again. */
  private cleared = false;

  /** The citizen's "clear", for a shared computer: every answer gone, here and in the browser's storage. */
  private async clearAnswers(model: FormModel): Promise<void> {
    this.answers.clearAll(model);
    this.submission.edit();
    this.cleared = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form input, form select, form textarea')?.focus();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Sending makes the answers read-only (disabled); focus inside them would be lost to the page.
    if (this.submission.sending && (this.renderRoot as ShadowRoot).activeElement?.closest('fieldset.answers')) {
      this.renderRoot.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    }
  }
}

/** The URL resolved against the page; as typed when it is no URL at all, so the settings check names it. */
function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** Why the request was not sent; without the code for sending, only its not arriving can be the reason. */
function failureWords(failure: Failure, settings: Settings, code: SendingCode | undefined): string {
  if (code) return code.failureText(failure, settings);
  return unsentText(failure.kind === 'offline' ? 'offline' : 'misconfigured');
}

/** Where the citizen is: the questions, their review, the outcome. */
const stepLine = (step: 1 | 2 | 3) =>
  html`<p class="step" part="step">
    ${step === 1 ? msg('Passo 1 di 3: le domande') : step === 2 ? msg('Passo 2 di 3: verifica i dati') : msg('Passo 3 di 3: fatto')}
  </p>`;

/** The review's button says what happens next, on this channel. */
function submitLabel(action: Exclude<FormAction, 'visit-counter'>): string {
  switch (action) {
    case 'send':
      return msg('Invia la richiesta');
    case 'prepare-email':
      return msg('Prepara l’email');
    case 'prepare-summary':
      return msg('Prepara il riepilogo da portare');
    case 'open-portal':
      return msg('Vai al servizio online del Comune');
    default:
      return unreachable(action);
  }
}

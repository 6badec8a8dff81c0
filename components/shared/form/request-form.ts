// The form engine's element half: one element class for every request form. A request
// form names its declaration (src/requests/) and what comes before the form; this class
// lays the questions out, runs the channel the comune set, and moves focus.
import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { asksMobile, cardProof, channelRole, type FormAction } from '../../../src/requests/channels.js';
import type { RequestDefinition } from '../../../src/requests/request-definition.js';
import { endpointAttributeUrl, endpointOverride, withPlainEndpoint } from '../../../src/requests/endpoint-override.js';
import type { SettingsProblem } from '../../../src/settings/problems.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import { baseStyles } from '../base.styles.js';
import { CieElement } from '../cie-element.js';
import type { FormModel } from '../../../src/forms/form-model.js';
import { FormController } from './form-controller.js';
import { formStyles } from './form.styles.js';
import { portalView } from './outcome.js';
import { LazyModule } from '../lazy-module.js';
import type { BookingOnPage } from '../booking-on-page.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import { emit } from './request-events.js';
import { SendingLoader, type SendingCode } from './sending-loader.js';
import { AnswersFile } from './answers-file.js';
import { SubmissionController } from './submission-controller.js';
import { ErrorTitle } from './error-title.js';
import { FormRating } from './form-rating.js';
import { FillingSigns } from './filling-signs.js';
import { formActions, stepLine } from './form-actions.js';
import { questionsView } from './questions-view.js';
import { ReviewFlow } from './review-flow.js';

export type { CieSubmitDetail, CieSubmitErrorDetail, CieSubmittedDetail } from './request-events.js';

/**
 * @event cie-submit - before sending; cancelable, so an integrator can take over
 * @event cie-submitted - sent (endpoint), or prepared (email, appointment, walk-in)
 * @event cie-submit-error - the endpoint did not take it, or the form's code for sending could not load (`misconfigured`, `offline`)
 * @event cie-appointment-booked - the counter booked from the summary (`booking.system`); `detail`: `{start, end, code}`
 * @csspart card - the outer box
 * @csspart heading - headings
 * @csspart error-summary - the list of problems at the top
 * @csspart receipt - what the citizen gets at the end
 * @csspart failure - what went wrong and the comune's other channels
 * @csspart portal - the way to the comune's own online service, when it takes the request there
 * @csspart booking-flow - booking the counter from the summary, where the settings name a booking system
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

  /** Booking the counter from the summary, where the settings name a booking system: made with the code for sending, which has it. */
  private bookingOnPage?: BookingOnPage;

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
      () => this.sending.load(),
    ));
  }

  /** The code for sending (./sending.ts and the request's contract): asked for when the citizen reaches into the form. */
  private readonly sending = new SendingLoader(
    this,
    () => this.answers,
    () => [this.definition.contract(), this.language.loadPart('sending')],
  );
  /**
   * Between the click and the checks, while the code for checking and sending arrives
   * (usually it is here already): the form says it is busy, a second click does nothing more.
   */
  private preparing = false;

  protected override settingsOverrides() {
    const url = endpointAttributeUrl(this.endpoint ?? this.twin('endpoint'));
    return url === undefined ? undefined : endpointOverride(this.definition.kind, url);
  }

  /** An endpoint address over checked settings needs no checker when it is a plain web address. */
  protected override settingsOverChecked(checked: unknown): unknown {
    const url = endpointAttributeUrl(this.endpoint ?? this.twin('endpoint'));
    return url === undefined ? undefined : withPlainEndpoint(checked, this.definition.kind, url);
  }

  private async onSubmit(event: Event, settings: Settings, locale: Locale): Promise<void> {
    event.preventDefault();
    if (this.submission.sending || this.preparing) return; // a double click sends once
    const form = this.answers;
    let code: SendingCode;
    this.preparing = true;
    try {
      // Usually here already, asked for when the citizen reached into the form.
      code = this.sending.code ?? (await this.sending.load());
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
      if (!form.checkAll(this.answers.for(settings).model)) return this.showErrors();
      return this.review.enter();
    }
    const next = await code.submitAnswers({
      element: this,
      definition: this.definition,
      contract: code.contract,
      state: this.answers.for(settings),
      answers: form,
      submission: this.submission,
      language: this.language,
      settings,
      service: this.serviceIn(settings),
      locale,
      fillingSigns: () => this.fillingSigns.read(),
    });
    if (next === 'errors') return this.showErrors();
    if (next === 'none') return;
    await this.updateComplete;
    this.showOutcome();
  }

  /** Questions → review: Back (or "Modifica") returns to the questions. */
  private readonly review = new ReviewFlow(this, this.submission);

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const model = this.answers.current;
    this.errorTitle.show(Boolean(model?.shownErrors().length) && this.submission.phase.name !== 'reviewing');
  }

  /** "Errore: " before the page's title while the form shows errors. */
  private readonly errorTitle = new ErrorTitle(this, () => this.language.speak(() => msg('Errore:')));

  /** Focus on the outcome, its title at the top of the screen: on a phone the form above was long. */
  private showOutcome(): void {
    const outcome = this.renderRoot.querySelector<HTMLElement>('#outcome');
    outcome?.focus({ preventScroll: true });
    outcome?.scrollIntoView({ block: 'start' });
  }

  /** What tells a receiver a person filled this in (form.secondsToFill, form.honeypot). */
  private readonly fillingSigns = new FillingSigns(() => this.renderRoot);

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

  /** "Quanto è stato facile usare questo servizio?" once the form has done its part. */
  private readonly rating = new FormRating(this, this.language);

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
    const state = this.answers.for(settings);
    const { model, fields } = state;
    const phase = this.submission.phase;
    // A form reaches these phases only after its code for sending has arrived.
    const code = this.sending.code;
    if (code && (phase.name === 'sent' || phase.name === 'email-ready' || phase.name === 'summary-ready')) {
      // The summary goes to the office's counter: in Italian, like the email to the office.
      const rows = () => this.language.speak(() => code.summaryRows(fields, model.visibleValues(), 'it', code.checks), 'it');
      const print = () => code.printSummary({ settings, service, title: this.language.speak(() => this.definition.title(settings), 'it'), rows: rows() });
      const cardShown = cardProof(this.definition.kind, service) === 'shown-at-counter';
      const system = settings.booking?.system;
      const onPage = system && (this.bookingOnPage ??= new code.BookingOnPage(this, this.language));
      const booking = onPage && { flow: () => onPage.flowFor(system, settings.id), made: onPage.made, level: this.level, values: () => model.visibleValues() };
      return html`${stepLine(3)} ${code.doneView(phase, { settings, locale, service, title: this.definition.title(settings), rows, edit: () => this.submission.edit(), print, cardShown, booking })}
      ${this.rating.render(settings, locale, this.definition.kind, this.level + 1)}`;
    }
    const preparing = this.preparing;
    const actions = formActions({
      ...{ action, phase, preparing, cleared: this.cleared, savedNote: this.answersFile.note?.() },
      cancel: () => this.submission.cancel(),
      save: () => void this.answersFile.save(model),
      resume: (event) => void this.answersFile.resume(event, model),
      clear: () => void this.clearAnswers(model),
    });
    return questionsView({
      ...{ settings, locale, service, state, phase, code, preparing, actions, level: this.level, request: this.definition.kind },
      root: this.renderRoot as ShadowRoot,
      before: this.renderBeforeForm(settings, action),
      reached: this.sending.prefetch,
      submit: (event) => void this.onSubmit(event, settings, locale),
      edit: this.review.leave,
    });
  }

  /** "Salva e continua dopo", "Riprendi da un file". */
  private readonly answersFile = new AnswersFile(
    this,
    () => this.definition.kind,
    () => this.settingsLoad.last?.settings.id ?? '',
    () => this.sending.load(),
  );

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

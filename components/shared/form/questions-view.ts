// The questions' screen of a request form, and the same screen while its answers are
// reviewed: what went wrong last time, the error summary, the questions by section (hidden,
// not removed, during the review: the chosen files stay chosen), the review, the buttons.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { RequestKind } from '../../../src/requests/kinds.js';
import type { FieldContext } from '../../../src/requests/request-field.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import { renderSection } from './field-templates.js';
import type { FormState } from './form-controller.js';
import { stepLine } from './form-actions.js';
import { counterNotice, failureView, failureWords } from './outcome.js';
import type { SendingCode } from './sending-loader.js';
import type { Phase } from './submission-controller.js';

export interface QuestionsView {
  settings: Settings;
  locale: Locale;
  service: RequestService;
  state: FormState;
  request: RequestKind;
  phase: Phase;
  /** The code for sending, once here: the errors and the review come with it. */
  code?: SendingCode;
  level: number;
  root: ShadowRoot;
  /** What the form puts before its questions (a way to do without it). */
  before: TemplateResult | typeof nothing;
  /** The buttons and the draft's note (./form-actions.ts). */
  actions: TemplateResult;
  /** Between the click and the checks, while the code for checking arrives. */
  preparing: boolean;
  /** The citizen reached into the form: the code for sending starts arriving. */
  reached: () => void;
  submit: (event: Event) => void;
  /** "Modifica" on the review: back to the question named. */
  edit: (name?: string) => void;
}

export function questionsView(v: QuestionsView) {
  const { settings, locale, phase, code, level } = v;
  const { model, sections, fields, view } = v.state;
  const reviewing = phase.name === 'reviewing' && code !== undefined;
  const ctx: FieldContext = { settings, values: model.values, request: v.request, locale };
  const filesToPickAgain = model.restoredWithoutFiles && fields.some((field) => field.kind === 'file' && model.isVisible(field.name) && !model.get(field.name));
  // Field errors from the comune are on their fields, listed by the error summary: one box, not two.
  const failureBox = phase.name === 'failed' && (phase.failure.kind !== 'field-errors' || phase.notes?.length);
  return html`${counterNotice(v.service, settings, locale)} ${v.before} ${stepLine(reviewing ? 2 : 1)}
    ${failureBox ? failureView(phase.failure, failureWords(phase.failure, settings, code), settings, locale, phase.notes) : nothing}
    ${code && !reviewing ? code.errorSummary(model, v.root, level + 1, fields) : nothing}
    ${filesToPickAgain && !reviewing ? html`<p class="notice">${msg('Le risposte scritte sono state recuperate; i file non vengono conservati: allegali di nuovo.')}</p>` : nothing}
    <p class="required-note" ?hidden=${reviewing}>
      ${
        fields.every((field) => field.required || !model.isVisible(field.name))
          ? msg('Tutte le domande sono obbligatorie.')
          : msg('Tutte le domande sono obbligatorie, tranne quelle indicate come facoltative.')
      }
    </p>
    <form novalidate aria-busy=${v.preparing ? 'true' : 'false'} @focusin=${v.reached} @input=${v.reached} @change=${v.reached} @submit=${v.submit}>
      <!-- Hidden, not removed, during the review: the chosen files stay chosen. -->
      <fieldset class="answers" ?disabled=${phase.name === 'submitting'} ?hidden=${reviewing}>
        ${sections.map((section) => renderSection(view, section, ctx, level))}
      </fieldset>
      ${reviewing ? code.reviewView(code.answerRows(fields, model.visibleValues(), locale, code.checks), level, v.edit) : nothing}
      ${v.actions}
      <div class="trap" aria-hidden="true">
        <label>${msg('Lascia vuoto questo campo')} <input name="website" type="text" tabindex="-1" autocomplete="off" /></label>
      </div>
    </form>`;
}

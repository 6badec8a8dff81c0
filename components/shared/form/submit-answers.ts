// What a form does once the citizen submits and its code for sending is here: check the
// answers, build the request the published contract accepts, let an integrator take over,
// then run the comune's channel (send to its endpoint, prepare the email to its office or
// the summary for its counter). Part of the code for sending (./sending.ts).
import type { LanguageController } from '../language-controller.js';
import { cardProof, unreachable } from '../../../src/requests/channels.js';
import { officeEmail } from '../../../src/requests/office-email.js';
import { attachmentsOf, buildPayload, fieldForPath, requestEnvelope, summaryRows } from '../../../src/requests/request-payload.js';
import type { RequestContract, RequestDefinition } from '../../../src/requests/request-definition.js';
import type { CieRequest, RequestEnvelope } from '../../../src/requests/schema.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';
import type { Locale } from '../../../src/settings/value-types.js';
import * as checks from '../../../src/forms/person-checks.js';
import { newIdempotencyKey } from '../../../src/transport/idempotency-key.js';
import { resolveHeaders, submitRequest, type Attachment } from '../../../src/transport/submit.js';
import type { Channel } from '../../../src/settings/schema.js';
import type { Done, Failure } from './outcome.js';
import type { FormController, FormState } from './form-controller.js';
import { emit } from './request-events.js';
import type { SubmissionController } from './submission-controller.js';

/** The form as submitting sees it. */
export interface SubmittingForm {
  element: HTMLElement;
  definition: RequestDefinition;
  contract: RequestContract<CieRequest>;
  state: FormState;
  answers: FormController;
  submission: SubmissionController;
  language: LanguageController;
  settings: Settings;
  service: RequestService;
  locale: Locale;
  /** The signs that a person filled it in, read at the moment of sending. */
  fillingSigns: () => RequestEnvelope['form'];
}

/** Where focus goes next: the error summary, the outcome, or nowhere (an integrator took over, the element left the page). */
export type AfterSubmit = 'errors' | 'outcome' | 'none';

export async function submitAnswers(form: SubmittingForm): Promise<AfterSubmit> {
  const { element, definition, state, answers, submission, settings, service, locale } = form;
  const { model, fields } = state;
  if (!answers.checkAll(model)) return 'errors';
  const values = model.visibleValues();
  const key = submission.keyFor(model.answersFingerprint(), newIdempotencyKey);
  const envelope = requestEnvelope(key, settings.id, locale, form.fillingSigns());
  const built = buildPayload(definition, form.contract, checks, fields, values, envelope, definition.given?.(settings));
  if (!built.ok) {
    answers.reject(model, built.fields.map((name) => ({ name, error: { key: 'contract' } })));
    return 'errors';
  }
  const detail = { request: definition.kind, channel: service.channel.type, payload: built.payload };
  if (!emit(element, 'cie-submit', detail)) return 'none'; // an integrator took over

  const { channel } = service;
  switch (channel.type) {
    case 'endpoint': {
      const result = await sendToEndpoint(submission, channel, built.payload, attachmentsOf(fields, values), key);
      if (!result) return 'none'; // the element left the page
      if ('name' in result) {
        model.clearDraft();
        emit(element, 'cie-submitted', { ...detail, reference: result.reference });
        return 'outcome';
      }
      if (result.kind === 'field-errors') {
        const asked = (name: string) => model.isVisible(name);
        const placed = result.fieldErrors.map(({ field, message }) => ({
          name: fieldForPath(fields, field, values, asked) ?? '',
          error: { key: 'server' as const, text: message },
        }));
        // What names no field shown here is still the comune speaking: it is told as text.
        const unplaced = answers.reject(model, placed);
        submission.note(unplaced.flatMap(({ error }) => (error.text ? [error.text] : [])));
      }
      emit(element, 'cie-submit-error', {
        request: definition.kind,
        kind: result.kind,
        status: 'status' in result ? result.status : undefined,
        ...('maybeArrived' in result && result.maybeArrived ? { maybeArrived: true } : {}),
      });
      return model.shownErrors().length ? 'errors' : 'outcome';
    }
    case 'email': {
      const attachCard = cardProof(definition.kind, service) === 'email-attachment';
      // What the office reads is in Italian, whatever the citizen's language.
      const email = form.language.speak(
        () =>
          officeEmail({
            to: channel.to,
            subject: definition.title(settings),
            comune: comuneText(settings.name, 'it'),
            rows: summaryRows(fields, values, 'it', checks),
            attachCard,
          }),
        'it',
      );
      submission.done({ name: 'email-ready', email, attachCard });
      model.clearDraft(); // the citizen has it all on screen: nothing stays in the browser
      emit(element, 'cie-submitted', detail);
      return 'outcome';
    }
    case 'appointment':
    case 'walk-in':
      submission.done({ name: 'summary-ready', channel });
      model.clearDraft();
      emit(element, 'cie-submitted', detail);
      return 'outcome';
    case 'portal':
      return 'none'; // the form is not shown: the comune's portal takes the request
    default:
      return unreachable(channel);
  }
}

/** Sends to the comune's endpoint; undefined when the element left the page meanwhile. */
async function sendToEndpoint(
  submission: SubmissionController,
  channel: Extract<Channel, { type: 'endpoint' }>,
  payload: unknown,
  files: Attachment[],
  idempotencyKey: string,
): Promise<Extract<Done, { name: 'sent' }> | Failure | undefined> {
  const request = new AbortController();
  const cancel = submission.begin(request);
  const outcome = await submitRequest({
    url: channel.url,
    payload,
    files,
    headers: resolveHeaders(channel.headers),
    idempotencyKey,
    silenceMs: (channel.timeoutSeconds ?? 30) * 1000,
    signal: request.signal,
    cancel,
    onProgress: (progress) => submission.progress(request, progress),
  });
  if (request.signal.aborted || (!outcome.ok && outcome.kind === 'aborted')) return undefined;
  submission.end(request);
  if (!outcome.ok && (outcome.kind === 'misconfigured' || outcome.kind === 'refused' || outcome.kind === 'unexpected')) {
    // For the editor or the integrator: the citizen is told plainly, the detail is here.
    console.error(`[cie-widgets] the endpoint ${channel.url} did not take the request:`, outcome);
  }
  if (outcome.ok) {
    const sent = { name: 'sent', reference: outcome.reference, duplicate: outcome.duplicate, receivedAt: outcome.receivedAt } as const;
    submission.done(sent);
    return sent;
  }
  submission.fail(outcome);
  return outcome;
}

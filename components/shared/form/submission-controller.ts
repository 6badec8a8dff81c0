import type { ReactiveControllerHost } from 'lit';
import type { SubmittedRequest } from '../../../src/forms/draft.js';
import type { Done, Failure } from './outcome.js';

export type Phase =
  | { name: 'editing' }
  /** The answers checked, shown on one screen before the one button that sends. */
  | { name: 'reviewing' }
  | { name: 'submitting'; progress?: number }
  | { name: 'failed'; failure: Failure; notes?: string[] }
  | Done;

/**
 * Where a form's submission stands: the phase the form renders (the host updates when it
 * changes), the idempotency key the same answers always reuse, and the request under way
 * (sent by ./submit-answers.ts), which the citizen may stop.
 */
export class SubmissionController {
  private current: Phase = { name: 'editing' };
  private inFlight?: AbortController;
  /** The citizen's "Annulla l’invio" for the request under way. */
  private stopper?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Where the last submitted request is kept between reloads (the form's draft). */
    private readonly kept: { get(): SubmittedRequest | undefined; set(request: SubmittedRequest): void },
  ) {}

  get phase(): Phase {
    return this.current;
  }

  private set phase(next: Phase) {
    this.current = next;
    this.host.requestUpdate();
  }

  get sending(): boolean {
    return this.current.name === 'submitting';
  }

  /**
   * The idempotency key for these answers (their fingerprint): the key of the request last
   * submitted when the answers are the same — a retry, a resubmission after a failure or a
   * reload — so the comune records it once; a new key when an answer changed.
   */
  keyFor(answers: string, newKey: () => string): string {
    const last = this.kept.get();
    if (last?.answers === answers) return last.key;
    const key = newKey();
    this.kept.set({ key, answers });
    return key;
  }

  // Leaving the page does not stop a request under way: a form moved or added again (a CMS's
  // tabs, a page rebuilt around it) shows its receipt when the answer comes; one gone for good
  // finishes unseen, and the same key makes a resubmission the same request.

  /** The answers are checked: shown for the citizen to review before sending. */
  review(): void {
    this.phase = { name: 'reviewing' };
  }

  /** Back to the form (from the review, after a failure, or from a prepared email or summary), answers kept. */
  edit(): void {
    this.phase = { name: 'editing' };
  }

  /** The form did its part: sent, or prepared without sending (email, summary). */
  done(done: Done): void {
    this.phase = done;
  }

  /** The request was not sent: the endpoint did not take it, or what sending needs did not load. */
  fail(failure: Failure): void {
    this.phase = { name: 'failed', failure };
  }

  /** The server's messages the form could not put on a field it shows: told as text with the failure. */
  note(notes: string[]): void {
    if (this.current.name === 'failed' && notes.length) this.phase = { ...this.current, notes };
  }

  /** A request to the endpoint is under way; `cancel` is what the citizen's "Annulla l’invio" aborts. */
  begin(request: AbortController): AbortSignal {
    this.inFlight = request;
    this.stopper = new AbortController();
    this.phase = { name: 'submitting' };
    return this.stopper.signal;
  }

  /** "Annulla l’invio": the request under way stops, and the form says what is known of it. */
  cancel(): void {
    if (this.sending) this.stopper?.abort();
  }

  /**
   * How much of the request under way has gone up (0–1), kept in quarters: the status line is
   * a live region, and a screen reader would read out every percent (a hundred times).
   */
  progress(request: AbortController, progress: number): void {
    const quarter = Math.floor(Math.min(1, Math.max(0, progress)) * 4) / 4;
    const shown = this.current.name === 'submitting' ? this.current.progress : undefined;
    if (this.inFlight === request && !request.signal.aborted && shown !== quarter) this.phase = { name: 'submitting', progress: quarter };
  }

  /** The request under way has its answer. */
  end(request: AbortController): void {
    if (this.inFlight === request) this.inFlight = undefined;
  }
}

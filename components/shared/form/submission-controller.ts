import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
 * (sent by ./submit-answers.ts), aborted when the element leaves the page.
 */
export class SubmissionController implements ReactiveController {
  private current: Phase = { name: 'editing' };
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Where the last submitted request is kept between reloads (the form's draft). */
    private readonly kept: { get(): SubmittedRequest | undefined; set(request: SubmittedRequest): void },
  ) {
    host.addController(this);
  }

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

  hostDisconnected(): void {
    // Nobody is left to read the answer; a later resubmission reuses the key, so the
    // comune never gets the request twice.
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (this.sending) this.phase = { name: 'editing' };
  }

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

  /** A request to the endpoint is under way: aborted if the element leaves the page. */
  begin(request: AbortController): void {
    this.inFlight = request;
    this.phase = { name: 'submitting' };
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

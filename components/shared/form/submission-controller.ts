import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SubmittedRequest } from '../../../src/forms/draft.js';
import type { Channel } from '../../../src/settings/schema.js';
import { newIdempotencyKey } from '../../../src/transport/idempotency-key.js';
import type { Attachment } from '../../../src/transport/submit.js';
import type { Done, Failure } from './outcome.js';
import type * as Transport from '../../../src/transport/submit.js';

export type Phase = { name: 'editing' } | { name: 'submitting'; progress?: number } | { name: 'failed'; failure: Failure; notes?: string[] } | Done;

type EndpointChannel = Extract<Channel, { type: 'endpoint' }>;

/**
 * Where a form's submission stands, and the sending itself: the phase the form renders
 * (the host updates when it changes), the idempotency key the same answers always
 * reuse, and the request under way, aborted when the element leaves the page.
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
  keyFor(answers: string): string {
    const last = this.kept.get();
    if (last?.answers === answers) return last.key;
    const key = newIdempotencyKey();
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

  /** Back to the form (after a failure, or from a prepared email or summary), answers kept. */
  edit(): void {
    this.phase = { name: 'editing' };
  }

  /** The form did its part without sending anything (email prepared, summary ready). */
  done(done: Done): void {
    this.phase = done;
  }

  /** Sending could not start (what it needs did not load: the connection dropped). */
  fail(failure: Failure): void {
    this.phase = { name: 'failed', failure };
  }

  /** The server's messages the form could not put on a field it shows: told as text with the failure. */
  note(notes: string[]): void {
    if (this.current.name === 'failed' && notes.length) this.phase = { ...this.current, notes };
  }

  /** Sends to the comune's endpoint; undefined when the element left the page meanwhile. */
  async send(
    { submitRequest, resolveHeaders }: Pick<typeof Transport, 'submitRequest' | 'resolveHeaders'>,
    channel: EndpointChannel,
    payload: unknown,
    files: Attachment[],
    idempotencyKey: string,
  ): Promise<Extract<Done, { name: 'sent' }> | Failure | undefined> {
    const abort = new AbortController();
    this.inFlight = abort;
    this.phase = { name: 'submitting' };
    const outcome = await submitRequest({
      url: channel.url,
      payload,
      files,
      headers: resolveHeaders(channel.headers),
      idempotencyKey,
      silenceMs: (channel.timeoutSeconds ?? 30) * 1000,
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) this.phase = { name: 'submitting', progress };
      },
    });
    if (abort.signal.aborted || (!outcome.ok && outcome.kind === 'aborted')) return undefined;
    this.inFlight = undefined;
    if (!outcome.ok && (outcome.kind === 'misconfigured' || outcome.kind === 'refused' || outcome.kind === 'unexpected')) {
      // For the editor or the integrator: the citizen is told plainly, the detail is here.
      console.error(`[cie-widgets] the endpoint ${channel.url} did not take the request:`, outcome);
    }
    if (outcome.ok) {
      const sent = { name: 'sent', reference: outcome.reference, duplicate: outcome.duplicate, at: new Date() } as const;
      this.phase = sent;
      return sent;
    }
    this.phase = { name: 'failed', failure: outcome };
    return outcome;
  }
}

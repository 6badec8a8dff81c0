import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Channel } from '../../../src/settings/schema.js';
import { newIdempotencyKey, resolveHeaders, submitRequest, type Attachment } from '../../../src/transport/submit.js';
import type { Done, Failure } from './outcome.js';

export type Phase = { name: 'editing' } | { name: 'submitting'; progress?: number } | { name: 'failed'; failure: Failure } | Done;

type EndpointChannel = Extract<Channel, { type: 'endpoint' }>;

/**
 * Where a form's submission stands, and the sending itself: the phase the form renders
 * (the host updates when it changes), the idempotency key every retry of one request
 * reuses, and the request under way, aborted when the element leaves the page.
 */
export class SubmissionController implements ReactiveController {
  private current: Phase = { name: 'editing' };
  private key?: string;
  private inFlight?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
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

  /** One key per request: kept across retries and failures, renewed when an answer changes. */
  get idempotencyKey(): string {
    return (this.key ??= newIdempotencyKey());
  }

  /** An answer changed: whatever is sent next is another request. */
  answersChanged(): void {
    this.key = undefined;
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

  /** Sends to the comune's endpoint; undefined when the element left the page meanwhile. */
  async send(
    channel: EndpointChannel,
    payload: unknown,
    files: Attachment[],
  ): Promise<Extract<Done, { name: 'sent' }> | Failure | undefined> {
    const abort = new AbortController();
    this.inFlight = abort;
    this.phase = { name: 'submitting' };
    const outcome = await submitRequest({
      url: channel.url,
      payload,
      files,
      headers: resolveHeaders(channel.headers),
      idempotencyKey: this.idempotencyKey,
      timeoutMs: (channel.timeoutSeconds ?? 30) * 1000,
      signal: abort.signal,
      onProgress: (progress) => {
        if (!abort.signal.aborted) this.phase = { name: 'submitting', progress };
      },
    });
    if (abort.signal.aborted || (!outcome.ok && outcome.kind === 'aborted')) return undefined;
    this.inFlight = undefined;
    if (outcome.ok) {
      const sent = { name: 'sent', reference: outcome.reference, duplicate: outcome.duplicate } as const;
      this.phase = sent;
      return sent;
    }
    this.phase = { name: 'failed', failure: outcome };
    return outcome;
  }
}

// Sends a request to a comune's endpoint: JSON, or multipart when files are attached;
// one Idempotency-Key for all retries; retries with back-off on network errors, silence,
// 5xx and 429 (honouring Retry-After). XMLHttpRequest rather than fetch, because only it
// reports upload progress for the card's copies, and progress is what tells a slow
// connection (bytes moving) from a service that does not answer (nothing moving).
//
// Success is a claim the server makes in the contract's words: a 2xx JSON answer with
// a `reference`, from the endpoint's own URL. A login page, a firewall's HTML, a 201 with
// no reference or a redirected answer are failures the citizen is told about plainly.

import { send, type Attempt } from './attempt.js';
import { fieldErrorsOf, refusalDetail, type ServerFieldError } from './field-errors.js';

export { isJsonType } from './attempt.js';

export interface Attachment {
  /** The multipart part's name (`cardFront`). */
  part: string;
  file: Blob;
  name: string;
}

export interface SubmitRequest {
  url: string;
  payload: unknown;
  files: readonly Attachment[];
  headers: Record<string, string>;
  idempotencyKey: string;
  /** An attempt fails after this long with nothing moving (no byte sent, no answer). */
  silenceMs: number;
  onProgress?: (fraction: number) => void;
  /** Aborts the attempt under way and any retry, with nobody to tell (a test, a page that takes over). */
  signal?: AbortSignal;
  /** The citizen stopped it ("Annulla l’invio"): the attempt under way ends, and they are told. */
  cancel?: AbortSignal;
}

export type SubmitOutcome =
  /** `receivedAt`: when the comune's server received it, by its clock (the answer's `receivedAt`, else its `Date` header). */
  | { ok: true; status: number; reference?: string; duplicate: boolean; receivedAt?: Date }
  | { ok: false; kind: 'field-errors'; status: number; fieldErrors: ServerFieldError[] }
  /** Refused without naming fields; `detail`: the server's reason, when it gives one. */
  | { ok: false; kind: 'rejected'; status: number; detail?: string }
  /** 413: the files are larger than the endpoint takes. */
  | { ok: false; kind: 'too-large'; status: number }
  /** 401, 403: the endpoint refuses requests from this page (its configuration, not the citizen). */
  | { ok: false; kind: 'refused'; status: number }
  /** An answer outside the contract: a redirect, HTML, no reference. The request may not have arrived. */
  | { ok: false; kind: 'unexpected'; status: number; why: 'redirected' | 'not-json' | 'no-reference' }
  | ({ ok: false; kind: 'server'; status: number } & MaybeArrived)
  | ({ ok: false; kind: 'busy'; retryAfterSeconds?: number } & MaybeArrived)
  /** Nothing moved for too long: while the files were going up (the connection), or after (the service). */
  | ({ ok: false; kind: 'timeout'; during: 'upload' | 'answer' } & MaybeArrived)
  | ({ ok: false; kind: 'offline' } & MaybeArrived)
  /** The browser refused to send (a header the settings give is not one a browser accepts). */
  | { ok: false; kind: 'misconfigured'; detail: string }
  /** The citizen stopped it while it was under way. */
  | ({ ok: false; kind: 'cancelled' } & MaybeArrived)
  /** Stopped by the caller's signal: nothing to tell the citizen, who has left. */
  | { ok: false; kind: 'aborted' };

/**
 * A failure after an attempt that went up whole, or that the comune's server answered with
 * a 5xx: the server may have recorded the request, so the citizen is not told it was not sent.
 */
export interface MaybeArrived {
  maybeArrived?: true;
}

/** How hard to try. Tests shorten the delays; nothing else should change them. */
export const retryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

/**
 * A reference a person can read out: at most 80 characters, with a letter or digit, no control or
 * invisible format characters (zero-width spaces, right-to-left overrides), not a page of text.
 */
const REFERENCE = /^(?=.*[\p{L}\p{N}])[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,80}$/u;

/** The longest wait a Retry-After is taken at: a day. Beyond it a server's number is a fault, not a plan. */
const MAX_RETRY_AFTER_S = 86_400;

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), from 0 to a day. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : Math.ceil((Date.parse(header) - now) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.min(MAX_RETRY_AFTER_S, Math.max(0, seconds));
}

/**
 * "Now" for a Retry-After given as a date: the server's own clock (its Date header) where the
 * page can read it, so a phone set to another year does not wait a day or not at all.
 */
function serverNow(attempt: Attempt): number {
  const stated = attempt.date ? Date.parse(attempt.date) : NaN;
  return Number.isNaN(stated) ? Date.now() : stated;
}

/** Waits `ms`, or less if a signal aborts. */
const sleep = (ms: number, ...signals: (AbortSignal | undefined)[]) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    for (const signal of signals) signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** The reference in a JSON answer's body, as the forms take it (the endpoint checker judges by the same rule). */
export function reference(body: unknown): string | undefined {
  const value = (body as { reference?: unknown } | undefined)?.reference;
  return typeof value === 'string' && REFERENCE.test(value) ? value : undefined;
}

/**
 * When the server received the request, by its own clock: the answer's `receivedAt` (an
 * ISO date-time), else its `Date` header — not for a repeat, answered now for a request
 * received earlier. Never the device's clock, which may be wrong.
 */
function serverTime(attempt: Attempt, { headerToo }: { headerToo: boolean }): { receivedAt?: Date } {
  const stated = (attempt.body as { receivedAt?: unknown } | undefined)?.receivedAt;
  for (const text of [typeof stated === 'string' ? stated : undefined, headerToo ? (attempt.date ?? undefined) : undefined]) {
    const time = text ? Date.parse(text) : NaN;
    if (!Number.isNaN(time)) return { receivedAt: new Date(time) };
  }
  return {};
}

/** What one answer means, or `retry` when it is worth another attempt. */
function judge(attempt: Attempt): SubmitOutcome | 'retry' {
  const { status } = attempt;
  if (attempt.refusedHeader) return { ok: false, kind: 'misconfigured', detail: `the browser refused the header ${attempt.refusedHeader}` };
  if (status >= 200 && status < 400 && attempt.redirected) return { ok: false, kind: 'unexpected', status, why: 'redirected' };
  if (status >= 200 && status < 300) {
    if (!attempt.json) return { ok: false, kind: 'unexpected', status, why: 'not-json' };
    const ref = reference(attempt.body);
    return ref ? { ok: true, status, reference: ref, duplicate: false, ...serverTime(attempt, { headerToo: true }) } : { ok: false, kind: 'unexpected', status, why: 'no-reference' };
  }
  // 409: this idempotency key was already received (an earlier attempt got through) — a
  // receipt only with the first reference, as the contract says. A 409 of HTML, of `{}` or
  // of "in progress" says nothing of the kind: the citizen is told we do not know.
  if (status === 409) {
    if (!attempt.json) return { ok: false, kind: 'unexpected', status, why: 'not-json' };
    const ref = reference(attempt.body);
    return ref ? { ok: true, status, reference: ref, duplicate: true, ...serverTime(attempt, { headerToo: false }) } : { ok: false, kind: 'unexpected', status, why: 'no-reference' };
  }
  if (status === 400 || status === 422) {
    const errors = fieldErrorsOf(attempt.body);
    return errors.length
      ? { ok: false, kind: 'field-errors', status, fieldErrors: errors }
      : { ok: false, kind: 'rejected', status, detail: refusalDetail(attempt.body) };
  }
  if (status === 413) return { ok: false, kind: 'too-large', status };
  if (status === 401 || status === 403) return { ok: false, kind: 'refused', status };
  if (status >= 300 && status < 500 && status !== 429) return { ok: false, kind: 'rejected', status };
  return 'retry'; // no answer, silence, 429 or 5xx
}

export async function submitRequest(request: SubmitRequest): Promise<SubmitOutcome> {
  let last: Attempt | undefined;
  let maybeArrived = false;
  for (let attempt = 0; attempt < retryPolicy.attempts; attempt++) {
    if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
    if (request.cancel?.aborted) return { ok: false, kind: 'cancelled', ...arrived(maybeArrived) };
    if (!navigator.onLine) return { ok: false, kind: 'offline', ...arrived(maybeArrived) };
    last = await send(request);
    if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
    // Stopped mid-upload it did not arrive; stopped while waiting for the answer it may have.
    if (request.cancel?.aborted) return { ok: false, kind: 'cancelled', ...arrived(maybeArrived || !last.midUpload) };
    // A 5xx, or no answer at all unless the files were seen stopping half-way: the server may
    // have it (silence after sending, a connection cut, an answer the browser hid). The browser
    // does not say whether the body left before the connection failed.
    maybeArrived ||= Boolean(last.sentWhole) || last.status >= 500 || (last.status === 0 && !last.midUpload && !last.refusedHeader);
    const verdict = judge(last);
    if (verdict !== 'retry') return verdict;
    const backoff = Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** attempt);
    const asked = last.status === 429 ? retryAfterSeconds(last.retryAfter, serverNow(last)) : undefined;
    if (asked !== undefined && asked * 1000 > retryPolicy.maxDelayMs) return { ok: false, kind: 'busy', retryAfterSeconds: asked, ...arrived(maybeArrived) };
    // A Retry-After of 0 or in the past is no reason to hammer: never sooner than the back-off.
    const jittered = backoff * (0.75 + Math.random() / 2);
    if (attempt < retryPolicy.attempts - 1) await sleep(asked !== undefined ? Math.max(asked * 1000, jittered) : jittered, request.signal, request.cancel);
  }
  if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
  if (request.cancel?.aborted) return { ok: false, kind: 'cancelled', ...arrived(maybeArrived) };
  const maybe = arrived(maybeArrived);
  if (!last || last.silent) return { ok: false, kind: 'timeout', during: last?.silent ?? 'answer', ...maybe };
  if (last.status === 429) return { ok: false, kind: 'busy', retryAfterSeconds: retryAfterSeconds(last.retryAfter, serverNow(last)), ...maybe };
  if (last.status === 0) return navigator.onLine ? { ok: false, kind: 'server', status: 0, ...maybe } : { ok: false, kind: 'offline', ...maybe };
  return { ok: false, kind: 'server', status: last.status, ...maybe };
}

const arrived = (maybe: boolean): MaybeArrived => (maybe ? { maybeArrived: true } : {});

/**
 * Header values from settings: literal strings, or read from a `<meta name>` (e.g. a CMS's
 * CSRF token), trimmed as HTTP trims them. A meta that is missing leaves its header out.
 */
export function resolveHeaders(headers: Record<string, string | { fromMeta: string }> | undefined): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const text =
      typeof value === 'string' ? value : document.querySelector<HTMLMetaElement>(`meta[name="${CSS.escape(value.fromMeta)}"]`)?.content;
    if (text?.trim()) resolved[name] = text.trim();
  }
  return resolved;
}

// Sends a request to a comune's endpoint: JSON, or multipart when files are attached;
// one Idempotency-Key for all retries; a timeout per attempt; retries with back-off on
// network errors, timeouts, 5xx and 429 (honouring Retry-After). XMLHttpRequest rather
// than fetch, because only it reports upload progress for the card's copies.

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
  timeoutMs: number;
  onProgress?: (fraction: number) => void;
  /** Aborts the attempt under way and any retry (the element left the page). */
  signal?: AbortSignal;
}

export type SubmitOutcome =
  | { ok: true; status: number; reference?: string; duplicate: boolean }
  | { ok: false; kind: 'field-errors'; status: number; fieldErrors: { field: string; message?: string }[] }
  | { ok: false; kind: 'rejected'; status: number }
  | { ok: false; kind: 'server'; status: number }
  | { ok: false; kind: 'busy'; retryAfterSeconds?: number }
  | { ok: false; kind: 'timeout' }
  | { ok: false; kind: 'offline' }
  /** Stopped by the caller's signal: nothing to tell the citizen, who has left. */
  | { ok: false; kind: 'aborted' };

/** How hard to try. Tests shorten the delays; nothing else should change them. */
export const retryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

interface Attempt {
  status: number; // 0 = no answer
  timedOut: boolean;
  body: unknown;
  retryAfter: string | null;
}

function send(request: SubmitRequest): Promise<Attempt> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    xhr.timeout = request.timeoutMs;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', request.idempotencyKey);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    let body: XMLHttpRequestBodyInit;
    if (request.files.length) {
      const form = new FormData();
      form.append('request', new Blob([JSON.stringify(request.payload)], { type: 'application/json' }), 'request.json');
      for (const { part, file, name } of request.files) form.append(part, file, name);
      body = form; // the browser sets multipart/form-data with its boundary
      if (request.onProgress) {
        xhr.upload.onprogress = (event) => event.lengthComputable && request.onProgress?.(event.loaded / event.total);
      }
    } else {
      xhr.setRequestHeader('Content-Type', 'application/json');
      body = JSON.stringify(request.payload);
    }
    const done = (timedOut: boolean) => () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined; // a proxy's HTML error page: the status says enough
      }
      resolve({ status: timedOut ? 0 : xhr.status, timedOut, body: parsed, retryAfter: xhr.getResponseHeader('Retry-After') });
    };
    xhr.onload = done(false);
    xhr.onerror = done(false);
    xhr.ontimeout = done(true);
    xhr.onabort = done(false);
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, or less if the signal aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function reference(body: unknown): string | undefined {
  const value = (body as { reference?: unknown } | undefined)?.reference;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function fieldErrors(body: unknown): { field: string; message?: string }[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { field: string; message?: unknown } => typeof e?.field === 'string')
    .map((e) => ({ field: e.field, message: typeof e.message === 'string' ? e.message : undefined }));
}

export async function submitRequest(request: SubmitRequest): Promise<SubmitOutcome> {
  let last: Attempt | undefined;
  for (let attempt = 0; attempt < retryPolicy.attempts; attempt++) {
    if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
    if (!navigator.onLine) return { ok: false, kind: 'offline' };
    last = await send(request);
    if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
    const { status } = last;
    if (status >= 200 && status < 300) return { ok: true, status, reference: reference(last.body), duplicate: false };
    // 409: this idempotency key was already received (an earlier attempt got through).
    if (status === 409) return { ok: true, status, reference: reference(last.body), duplicate: true };
    if (status === 400 || status === 422) {
      const errors = fieldErrors(last.body);
      return errors.length ? { ok: false, kind: 'field-errors', status, fieldErrors: errors } : { ok: false, kind: 'rejected', status };
    }
    if (status >= 400 && status < 500 && status !== 429) return { ok: false, kind: 'rejected', status };
    // Worth another try: no answer, a timeout, 429 or 5xx.
    const backoff = Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** attempt);
    const asked = status === 429 ? retryAfterSeconds(last.retryAfter) : undefined;
    if (asked !== undefined && asked * 1000 > retryPolicy.maxDelayMs) return { ok: false, kind: 'busy', retryAfterSeconds: asked };
    if (attempt < retryPolicy.attempts - 1) await sleep(asked !== undefined ? asked * 1000 : backoff * (0.75 + Math.random() / 2), request.signal);
  }
  if (request.signal?.aborted) return { ok: false, kind: 'aborted' };
  if (!last || last.timedOut) return { ok: false, kind: 'timeout' };
  if (last.status === 429) return { ok: false, kind: 'busy', retryAfterSeconds: retryAfterSeconds(last.retryAfter) };
  if (last.status === 0) return navigator.onLine ? { ok: false, kind: 'server', status: 0 } : { ok: false, kind: 'offline' };
  return { ok: false, kind: 'server', status: last.status };
}

/** A random UUID v4, also where crypto.randomUUID is missing (plain-HTTP pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Header values from settings: literal strings, or read from a `<meta name>` (e.g. a CMS's CSRF token). */
export function resolveHeaders(headers: Record<string, string | { fromMeta: string }> | undefined): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const text =
      typeof value === 'string'
        ? value
        : document.querySelector<HTMLMetaElement>(`meta[name="${CSS.escape(value.fromMeta)}"]`)?.content;
    if (text) resolved[name] = text;
  }
  return resolved;
}

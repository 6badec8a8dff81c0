// One attempt at sending a request, over XMLHttpRequest (only it reports upload progress):
// what came back, or that nothing moved for too long. ./submit.ts decides what an attempt
// means and whether to try again.
import type { SubmitRequest } from './submit.js';

/**
 * How long an answer may take in all once the request is out, as a multiple of the silence
 * limit: an answer that trickles in a byte at a time keeps no form "sending" for ever.
 */
export const ANSWER_SILENCES = 2;

/** Whether an answer's Content-Type is JSON (`application/json`, `application/problem+json`): only then is its body read. */
export const isJsonType = (contentType: string | null) => /[/+]json\b/i.test(contentType ?? '');

export interface Attempt {
  status: number; // 0 = no answer
  silent?: 'upload' | 'answer';
  redirected: boolean;
  json: boolean;
  body: unknown;
  retryAfter: string | null;
  /** The answer's `Date` header, where the browser lets the page read it (same origin, or exposed). */
  date?: string | null;
  /** The whole request went up: the server may have it, whatever comes back. */
  sentWhole?: boolean;
  /** It ended while the files were known to be going up: it cannot have arrived. */
  midUpload?: boolean;
  refusedHeader?: string;
}

export function send(request: SubmitRequest): Promise<Attempt> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    // The upload is what fell silent only when it had started moving and did not finish:
    // a page's service worker can hold upload events back, and then nothing is known.
    let uploadStarted = false;
    let uploading = request.files.length > 0;
    let sentWhole = false;
    let settled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (attempt: Omit<Attempt, 'redirected' | 'json' | 'body' | 'retryAfter'> & Partial<Attempt>) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      clearTimeout(deadline);
      resolve({ redirected: false, json: false, body: undefined, retryAfter: null, sentWhole, midUpload: uploading && uploadStarted && !sentWhole, ...attempt });
    };
    // Silence, not size: every byte sent or received buys another `silenceMs`.
    const moved = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        finish({ status: 0, silent: uploading && uploadStarted ? 'upload' : 'answer' });
        xhr.abort();
      }, request.silenceMs);
    };
    xhr.upload.onprogress = (event) => {
      uploadStarted ||= event.loaded > 0;
      sentWhole ||= event.lengthComputable && event.total > 0 && event.loaded >= event.total;
      moved();
      if (event.lengthComputable && request.files.length) request.onProgress?.(event.loaded / event.total);
    };
    // Once everything has gone up, the answer has a deadline of its own, whatever trickles in.
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const out = () => {
      deadline ??= setTimeout(() => {
        finish({ status: 0, silent: 'answer' });
        xhr.abort();
      }, request.silenceMs * ANSWER_SILENCES);
    };
    xhr.upload.onload = () => {
      uploading = false;
      sentWhole = true;
      out();
      moved();
    };
    xhr.onprogress = () => {
      out();
      moved();
    };
    xhr.onload = () => {
      // The answer's URL never carries a fragment: an endpoint written with one is not redirected.
      const target = new URL(request.url, document.baseURI);
      target.hash = '';
      const expected = target.href;
      let body: unknown;
      const json = isJsonType(xhr.getResponseHeader('Content-Type'));
      try {
        body = json && xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      finish({
        status: xhr.status,
        redirected: Boolean(xhr.responseURL) && xhr.responseURL !== expected,
        json: json && body !== undefined,
        body,
        retryAfter: xhr.getResponseHeader('Retry-After'),
        date: xhr.getResponseHeader('Date'),
      });
    };
    xhr.onerror = () => finish({ status: 0 });
    xhr.onabort = () => finish({ status: 0 });
    for (const stop of [request.signal, request.cancel]) stop?.addEventListener('abort', () => xhr.abort(), { once: true });
    try {
      xhr.open('POST', request.url);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Idempotency-Key', request.idempotencyKey);
      for (const [name, value] of Object.entries(request.headers)) {
        try {
          xhr.setRequestHeader(name, value);
        } catch {
          finish({ status: 0, refusedHeader: name });
          return;
        }
      }
      let body: XMLHttpRequestBodyInit;
      if (request.files.length) {
        const form = new FormData();
        form.append('request', new Blob([JSON.stringify(request.payload)], { type: 'application/json' }), 'request.json');
        for (const { part, file, name } of request.files) form.append(part, file, name);
        body = form; // the browser sets multipart/form-data with its boundary
      } else {
        xhr.setRequestHeader('Content-Type', 'application/json');
        body = JSON.stringify(request.payload);
      }
      moved();
      xhr.send(body);
    } catch (error) {
      // An URL the browser cannot open: reported, never left hanging.
      finish({ status: 0, refusedHeader: `(${String(error)})` });
    }
  });
}

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { newIdempotencyKey } from '../src/transport/idempotency-key.js';
import { fieldErrorsOf } from '../src/transport/field-errors.js';
import { resolveHeaders, retryAfterSeconds, retryPolicy, submitRequest, type SubmitRequest } from '../src/transport/submit.js';

const worker = setupWorker();
const calls: { key: string | null; contentType: string | null }[] = [];
const request = (over: Partial<SubmitRequest> = {}): SubmitRequest => ({
  url: '/msw/requests',
  payload: { type: 'reprint' },
  files: [],
  headers: {},
  idempotencyKey: newIdempotencyKey(),
  silenceMs: 2000,
  ...over,
});
/** Answers each attempt in turn with the next response, recording what came. */
function answer(...responses: (() => Response | Promise<Response>)[]) {
  let i = 0;
  worker.use(
    http.post('/msw/requests', ({ request }) => {
      calls.push({ key: request.headers.get('idempotency-key'), contentType: request.headers.get('content-type') });
      return responses[Math.min(i++, responses.length - 1)]();
    }),
  );
}

describe('submission transport', () => {
  const saved = { ...retryPolicy };
  before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
  after(() => worker.stop());
  beforeEach(() => {
    calls.length = 0;
    Object.assign(retryPolicy, { baseDelayMs: 5, maxDelayMs: 2000 });
  });
  afterEach(() => {
    worker.resetHandlers();
    Object.assign(retryPolicy, saved);
  });

  it('201 with a reference: JSON body, Idempotency-Key header', async () => {
    answer(() => HttpResponse.json({ reference: 'PRT-2026-0042' }, { status: 201 }));
    const outcome = await submitRequest(request({ idempotencyKey: '7f1c0a52-8a5b-4a53-9c55-1c1a0f1e2d3c' }));
    expect(outcome).to.deep.equal({ ok: true, status: 201, reference: 'PRT-2026-0042', duplicate: false });
    expect(calls).to.deep.equal([{ key: '7f1c0a52-8a5b-4a53-9c55-1c1a0f1e2d3c', contentType: 'application/json' }]);
  });

  it('400 with field errors returns them, without retrying', async () => {
    answer(() => HttpResponse.json({ errors: [{ field: 'holder.codiceFiscale', message: 'Codice fiscale non trovato' }] }, { status: 400 }));
    expect(await submitRequest(request())).to.deep.equal({
      ok: false,
      kind: 'field-errors',
      status: 400,
      fieldErrors: [{ field: 'holder.codiceFiscale', message: 'Codice fiscale non trovato' }],
    });
    expect(calls).to.have.length(1);
  });

  it('409: the request was already received (an earlier attempt got through)', async () => {
    answer(() => HttpResponse.json({ reference: 'PRT-1' }, { status: 409 }));
    expect(await submitRequest(request())).to.deep.equal({ ok: true, status: 409, reference: 'PRT-1', duplicate: true });
  });

  it('409 without a reference is not a receipt: HTML, {}, "in progress" are "we do not know", not retried', async () => {
    const answers = [
      [() => new HttpResponse('<html><body>Conflict</body></html>', { status: 409, headers: { 'Content-Type': 'text/html' } }), 'not-json'],
      [() => HttpResponse.json({}, { status: 409 }), 'no-reference'],
      [() => HttpResponse.json({ error: 'in progress' }, { status: 409 }), 'no-reference'],
    ] as const;
    for (const [answerWith, why] of answers) {
      calls.length = 0;
      answer(answerWith);
      expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'unexpected', status: 409, why });
      expect(calls).to.have.length(1);
    }
  });

  it('500 then 201: retried with the same Idempotency-Key', async () => {
    answer(
      () => new HttpResponse(null, { status: 500 }),
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ reference: 'PRT-3' }, { status: 201 }),
    );
    const outcome = await submitRequest(request());
    expect(outcome).to.deep.include({ ok: true, reference: 'PRT-3' });
    expect(calls).to.have.length(3);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
  });

  it('503 every time: gives up after the allowed attempts', async () => {
    answer(() => new HttpResponse(null, { status: 503 }));
    expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'server', status: 503, maybeArrived: true });
    expect(calls).to.have.length(retryPolicy.attempts);
  });

  it('429 with Retry-After: waits that long, then succeeds', async () => {
    answer(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }),
      () => HttpResponse.json({ reference: 'PRT-4' }, { status: 201 }),
    );
    const started = performance.now();
    expect(await submitRequest(request())).to.deep.include({ ok: true, reference: 'PRT-4' });
    expect(performance.now() - started).to.be.greaterThan(950);
  });

  it('429 asking for longer than we wait: "busy", with the time asked', async () => {
    answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'busy', retryAfterSeconds: 120 });
    expect(calls).to.have.length(1);
  });

  it('429 with Retry-After as a date: counted from the server’s clock, not from a phone set to 2019', async () => {
    answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'Wed, 25 Nov 2026 10:05:00 GMT', Date: 'Wed, 25 Nov 2026 10:00:00 GMT' } }));
    expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'busy', retryAfterSeconds: 300 });
  });

  it('a server that does not answer in time: "timeout" after the retries', async () => {
    answer(async () => {
      await delay(500);
      return HttpResponse.json({}, { status: 201 });
    });
    expect(await submitRequest(request({ silenceMs: 100 }))).to.deep.equal({ ok: false, kind: 'timeout', during: 'answer', maybeArrived: true });
  });

  it('a network error on every attempt: the browser cannot say whether the request had left, so it may have arrived', async () => {
    answer(() => HttpResponse.error());
    expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'server', status: 0, maybeArrived: true });
    expect(calls).to.have.length(retryPolicy.attempts);
  });

  it('offline: says so at once', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'offline' });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
    expect(calls).to.have.length(0);
  });

  describe('success only in the contract’s words', () => {
    it('a 200 HTML page (a firewall, a login form) is not a receipt, and is not retried', async () => {
      answer(() => HttpResponse.html('<h1>Accesso negato</h1>', { status: 200 }));
      expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'unexpected', status: 200, why: 'not-json' });
      expect(calls).to.have.length(1);
    });

    it('a 201 with no reference, an object, or a page of text as the reference is not a receipt', async () => {
      for (const body of [{}, { reference: { id: 7 } }, { reference: 'X'.repeat(5_000_000) }, { reference: 'PRT\n<b>' }]) {
        answer(() => HttpResponse.json(body, { status: 201 }));
        expect(await submitRequest(request())).to.deep.equal({ ok: false, kind: 'unexpected', status: 201, why: 'no-reference' });
      }
    });

    it('413, 401 and 403 each say their own thing', async () => {
      for (const [status, kind] of [[413, 'too-large'], [401, 'refused'], [403, 'refused']] as const) {
        answer(() => new HttpResponse(null, { status }));
        expect(await submitRequest(request())).to.deep.equal({ ok: false, kind, status });
      }
    });
  });

  describe('settings the browser refuses never hang the form', () => {
    it('a header name with a space: refused before anything is sent', async () => {
      answer(() => HttpResponse.json({ reference: 'PRT-5' }, { status: 201 }));
      const outcome = await submitRequest(request({ headers: { 'X Token': 'abc' } }));
      expect(outcome).to.deep.equal({ ok: false, kind: 'misconfigured', detail: 'the browser refused the header X Token' });
      expect(calls).to.have.length(0);
    });

    it('a CSRF meta whose content holds a newline: the same', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'csrf-broken', content: 'abc\ndef' });
      document.head.append(meta);
      try {
        const outcome = await submitRequest(request({ headers: resolveHeaders({ 'X-CSRF-Token': { fromMeta: 'csrf-broken' } }) }));
        expect(outcome).to.deep.include({ ok: false, kind: 'misconfigured' });
      } finally {
        meta.remove();
      }
    });
  });

  it('reads header values from a <meta> (a CMS CSRF token)', () => {
    const meta = document.createElement('meta');
    meta.name = 'csrf-token';
    meta.content = 'abc123';
    document.head.append(meta);
    try {
      expect(resolveHeaders({ 'X-CSRF-Token': { fromMeta: 'csrf-token' }, 'X-Comune': 'esempio' })).to.deep.equal({
        'X-CSRF-Token': 'abc123',
        'X-Comune': 'esempio',
      });
    } finally {
      meta.remove();
    }
  });

  it('Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('30')).to.equal(30);
    expect(retryAfterSeconds('Wed, 25 Nov 2026 10:00:30 GMT', Date.parse('2026-11-25T10:00:00Z'))).to.equal(30);
    expect(retryAfterSeconds(null)).to.equal(undefined);
    // A server's fault is not a plan: at most a day, never negative.
    expect(retryAfterSeconds('100000000000000000000000')).to.equal(86_400);
    expect(retryAfterSeconds('Wed, 25 Nov 2026 09:00:00 GMT', Date.parse('2026-11-25T10:00:00Z'))).to.equal(0);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
  });

  it('a 429 with Retry-After 0 is retried with the usual back-off, not at once', async () => {
    Object.assign(retryPolicy, { baseDelayMs: 100 });
    const times: number[] = [];
    let i = 0;
    worker.use(
      http.post('/msw/requests', () => {
        times.push(performance.now());
        return i++ < 3 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }) : HttpResponse.json({ reference: 'PRT-9' }, { status: 201 });
      }),
    );
    expect(await submitRequest(request())).to.deep.include({ ok: true, reference: 'PRT-9' });
    // Back-off 100, 200, 400 ms, each at least three quarters: 525 ms at the very least.
    expect(times[3] - times[0]).to.be.at.least(525);
  });

  it('a reference must be one a person can read out: blank, zero-width or with a right-to-left override it is none', async () => {
    for (const reference of ['   ', '\u200b\u200b', 'PRT-\u202e1-TRP', 'PRT\u200b-1']) {
      answer(() => HttpResponse.json({ reference }, { status: 201 }));
      expect(await submitRequest(request()), JSON.stringify(reference)).to.deep.equal({ ok: false, kind: 'unexpected', status: 201, why: 'no-reference' });
    }
  });

  it('a field message of a page’s length is shortened to a sentence or two', () => {
    const [error] = fieldErrorsOf({ errors: [{ field: 'holder.codiceFiscale', message: 'Non valido. '.repeat(20_000) }] });
    expect(error.message!.length).to.equal(300);
    expect(error.message!.endsWith('…')).to.equal(true);
  });

  it('an endpoint written with a #fragment is not taken for a redirect', async () => {
    answer(() => HttpResponse.json({ reference: 'PRT-5' }, { status: 201 }));
    expect(await submitRequest(request({ url: '/msw/requests#modulo' }))).to.deep.include({ ok: true, reference: 'PRT-5' });
  });
});

// No service worker here: straight to a real server, as on a comune's page (a service
// worker in between would also hide upload progress from XMLHttpRequest).
describe('submission to a real HTTP endpoint', () => {
  const saved = { ...retryPolicy };
  beforeEach(() => Object.assign(retryPolicy, { baseDelayMs: 5 }));
  afterEach(() => Object.assign(retryPolicy, saved));

  it('posts multipart with the files to a real endpoint, reports upload progress, retries a real 503', async () => {
    const front = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3])], 'fronte.pdf', { type: 'application/pdf' });
    const back = new File([new Uint8Array(200_000).fill(7)], 'retro.png', { type: 'image/png' });
    const progress: number[] = [];
    const key = newIdempotencyKey();
    const before = Date.now();
    const outcome = await submitRequest(
      request({
        url: '/test-api/requests?fail=1',
        idempotencyKey: key,
        payload: { type: 'reprint', holder: { familyName: 'Rossi' } },
        files: [
          { part: 'cardFront', file: front, name: 'fronte.pdf' },
          { part: 'cardBack', file: back, name: 'retro.png' },
        ],
        headers: resolveHeaders({ 'X-CSRF-Token': 'token-di-prova' }),
        onProgress: (fraction) => progress.push(fraction),
      }),
    );
    // The real server's Date header says when it received it (to the second, by its clock: this machine's here).
    const { receivedAt, ...rest } = outcome as Extract<typeof outcome, { ok: true }>;
    expect(rest).to.deep.equal({ ok: true, status: 201, reference: `PRT-2-${key.slice(0, 8)}`, duplicate: false });
    expect(receivedAt!.getTime()).to.be.within(Math.floor(before / 1000) * 1000, Date.now() + 1000);
    const attempts = await (await fetch(`/test-api/requests/${key}`)).json();
    expect(attempts).to.have.length(2);
    const { parts } = attempts[1].body;
    expect(JSON.parse(parts.request.text)).to.deep.equal({ type: 'reprint', holder: { familyName: 'Rossi' } });
    expect(parts.cardFront).to.deep.include({ filename: 'fronte.pdf', type: 'application/pdf', size: 7 });
    expect(parts.cardBack).to.deep.include({ filename: 'retro.png', type: 'image/png', size: 200_000 });
    expect(attempts[1].headers.csrf).to.equal('token-di-prova');
    expect(progress.at(-1)).to.equal(1);
  });

  it('a redirected answer is never a success: a 302 to a login page, a 307 elsewhere', async () => {
    const key = newIdempotencyKey();
    expect(await submitRequest(request({ url: '/test-api/redirect?status=302', idempotencyKey: key }))).to.deep.equal({
      ok: false,
      kind: 'unexpected',
      status: 200,
      why: 'redirected',
    });
    const moved = await submitRequest(request({ url: '/test-api/redirect?status=307&to=/test-api/requests', idempotencyKey: key }));
    expect(moved).to.deep.equal({ ok: false, kind: 'unexpected', status: 201, why: 'redirected' });
  });

  it('timeouts measure silence, not size: two 4.5 MB files up a throttled connection arrive although each attempt may be silent only 1.5 s', async function () {
    const key = newIdempotencyKey();
    const photo = (name: string) => new File([new Uint8Array(4_500_000).fill(9)], name, { type: 'image/png' });
    const progress: number[] = [];
    await executeServerCommand('emulate-network', { offline: false, latency: 50, downloadThroughput: 1_000_000, uploadThroughput: 750_000 }); // bytes/s: 9 MB take 12 s
    const started = performance.now();
    try {
      const outcome = await submitRequest(
        request({
          url: '/test-api/requests',
          idempotencyKey: key,
          silenceMs: 1500,
          files: [
            { part: 'cardFront', file: photo('fronte.png'), name: 'fronte.png' },
            { part: 'cardBack', file: photo('retro.png'), name: 'retro.png' },
          ],
          onProgress: (fraction) => progress.push(fraction),
        }),
      );
      expect(outcome).to.deep.include({ ok: true, status: 201 });
    } finally {
      await executeServerCommand('emulate-network', null);
    }
    // It really was slow: far longer than one attempt may stay silent, in one attempt.
    expect(performance.now() - started).to.be.greaterThan(10_000);
    expect(await (await fetch(`/test-api/requests/${key}`)).json()).to.have.length(1);
    expect(progress.filter((p) => p > 0 && p < 1).length).to.be.greaterThan(3);
  });

  it('an upload that stalls is told apart from a service that does not answer', async () => {
    Object.assign(retryPolicy, { attempts: 1 });
    const outcome = await submitRequest(
      request({
        url: '/test-api/stall',
        silenceMs: 800,
        files: [{ part: 'cardFront', file: new File([new Uint8Array(8_000_000)], 'fronte.pdf', { type: 'application/pdf' }), name: 'fronte.pdf' }],
      }),
    );
    expect(outcome).to.deep.equal({ ok: false, kind: 'timeout', during: 'upload' });
  });
});

// Nothing lost, nothing pretended: a request is "sent" only when the comune's server says so
// in the contract's words, and the form never hangs. Against the real test server where it
// can answer (redirects, late answers, the record of what arrived), msw where it cannot.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from './helpers/wait.js';
import { html } from 'lit';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';
import '../components/contact-update-form/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { retryPolicy } from '../src/transport/submit.js';
import { $, $$, addJsonScript, mount, removeAddedScripts, textOf, withStorageBlocked } from './helpers/dom.js';
import { attach, completeReprint as complete, continueToReview, fillHolder, fillRest, outcome, pdfFile, pngFile, submit, type } from './helpers/form.js';
import { SubmissionController } from '../components/shared/form/submission-controller.js';

const worker = setupWorker();

const form = (endpoint: string) =>
  mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint=${endpoint} lang="it"></cie-reprint-form>`);
const value = (el: Element, name: string) => ($(el, `#field-${name}`) as HTMLInputElement).value;
/** What the test server recorded for one Idempotency-Key. */
const attemptsFor = async (key: string): Promise<unknown[]> => (await fetch(`/test-api/requests/${key}`)).json();
const keyOf = async (submitting: Promise<Event>) => ((await submitting) as CustomEvent<{ payload: { idempotencyKey: string } }>).detail.payload.idempotencyKey;

/** Submits, and resolves with the request's key once the test server has its first attempt (its answer may still be on the way). */
async function sentAndArrived(el: CieReprintForm): Promise<string> {
  const submitting = oneEvent(el, 'cie-submit');
  await submit(el);
  const key = await keyOf(submitting);
  await waitUntil(async () => (await attemptsFor(key)).length === 1, 'the request never reached the test server');
  return key;
}

/** msw, for the answers the real test server does not give; most tests have no service worker in between. */
let mswOn = false;
async function useMsw(...handlers: Parameters<typeof worker.use>) {
  if (!mswOn) await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  mswOn = true;
  worker.use(...handlers);
}

describe('a request form tells the truth and never hangs', () => {
  const savedPolicy = { ...retryPolicy };
  beforeEach(() => {
    sessionStorage.clear();
    Object.assign(retryPolicy, { baseDelayMs: 5, maxDelayMs: 2000 });
  });
  afterEach(() => {
    removeAddedScripts();
    Object.assign(retryPolicy, savedPolicy);
    if (mswOn) worker.resetHandlers();
  });
  after(async () => {
    if (mswOn) await worker.stop();
    mswOn = false;
  });

  describe('success is a reference the server gives, from the endpoint itself', () => {
    it('a redirect to a login page is no success: nothing claimed, no event, the draft and the answers kept', async () => {
      const el = await form('/test-api/redirect?status=302');
      await complete(el);
      let claimed = false;
      el.addEventListener('cie-submitted', () => (claimed = true));
      const failed = oneEvent(el, 'cie-submit-error');
      await submit(el);
      const shown = textOf(await outcome(el));
      expect(shown).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      expect(shown).to.not.contain('Richiesta inviata');
      expect(((await failed) as CustomEvent).detail).to.deep.include({ request: 'reprint', kind: 'unexpected' });
      expect(claimed).to.equal(false);
      expect(sessionStorage.length).to.equal(1);
      expect(value(el, 'holderFamilyName')).to.equal('Rossi');
      await expect(el).to.be.accessible();
    });

    it('a firewall’s HTML page with 200, a 201 with no reference, a reference that is no text: never a receipt', async () => {
      const answers = [
        () => new HttpResponse('<!doctype html><title>Blocked</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
        () => HttpResponse.json({}, { status: 201 }),
        () => HttpResponse.json({ reference: { id: 42 } }, { status: 201 }),
        () => HttpResponse.json({ reference: 'R'.repeat(5_000_000) }, { status: 201 }),
      ];
      for (const answer of answers) {
        await useMsw(http.post('/msw/reprint', answer));
        const el = await form('/msw/reprint');
        await complete(el);
        await submit(el);
        expect(textOf(await outcome(el))).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
        expect($(el, '.reference')).to.equal(null);
        el.remove();
      }
    });
  });

  it('cookies blocked (storage throws): the request is sent once, the receipt shows, the event fires', async () => {
    await withStorageBlocked(async () => {
      const el = await form('/test-api/requests');
      await complete(el);
      const submitted = oneEvent(el, 'cie-submitted');
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      const receipt = textOf(await outcome(el));
      expect(receipt).to.contain('Richiesta inviata.');
      const { reference } = ((await submitted) as CustomEvent<{ reference: string }>).detail;
      expect(receipt).to.contain(reference);
      expect(await attemptsFor(await keyOf(submitting))).to.have.length(1);
      expect($(el, 'button[type=submit]'), 'no form left to post again').to.equal(null);
    });
  });

  it('a reload while the request was pending, then submitting again: the same request, never a second one', async () => {
    const first = await form('/test-api/requests?delay=2000');
    await complete(first);
    const key = await sentAndArrived(first);
    first.remove(); // the citizen reloads before the answer

    const again = await form('/test-api/requests');
    expect(value(again, 'holderFamilyName'), 'typed answers come back').to.equal('Rossi');
    expect(textOf($(again, '.notice')!)).to.contain('allegali di nuovo');
    expect(($(again, '#field-privacyRead') as HTMLInputElement).checked, 'declarations are made anew').to.equal(false);
    await fillRest(again);
    await attach(again, 'cardFront', pdfFile());
    await attach(again, 'cardBack', await pngFile(400, 250));
    expect($(again, '.notice'), 'nothing left to attach').to.equal(null);
    const resubmitting = oneEvent(again, 'cie-submit');
    await submit(again);
    expect(textOf(await outcome(again))).to.contain('Richiesta inviata.');
    expect(await keyOf(resubmitting)).to.equal(key);
    expect(await attemptsFor(key)).to.have.length(2); // one key: the comune records one request
  });

  it('the same answers resubmitted after a failure are the same request; a changed answer is another', async () => {
    Object.assign(retryPolicy, { attempts: 1 });
    const el = await form('/test-api/requests?fail=5');
    await complete(el);
    const keys: string[] = [];
    el.addEventListener('cie-submit', (e) => keys.push((e as CustomEvent<{ payload: { idempotencyKey: string } }>).detail.payload.idempotencyKey));
    await submit(el);
    expect(textOf(await outcome(el))).to.contain('non è disponibile in questo momento');
    const idle = () => $(el, 'button[type=submit]')!.getAttribute('aria-disabled') === 'false';
    await submit(el);
    await waitUntil(() => keys.length === 2 && idle());
    await type(el, 'email', 'maria.rossi@example.it');
    await submit(el);
    await waitUntil(() => keys.length === 3);
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).to.not.equal(keys[0]);
  });

  describe('a request that went up whole may be at the comune: never told "not sent"', () => {
    it('four 503s after the whole upload, recorded each time by the server: "we do not know", and a retry is the same request', async () => {
      const el = await form('/test-api/requests?fail=5');
      await complete(el);
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      const told = textOf(await outcome(el));
      const key = await keyOf(submitting);
      expect(await attemptsFor(key), 'the server had it every time').to.have.length(4);
      expect(told).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      expect(told).to.not.contain('La richiesta non è stata inviata.');
      expect(told).to.contain('se riprovi con le stesse risposte, non sarà registrata due volte');
      expect(sessionStorage.length, 'the draft and the key stay').to.equal(1);
      const again = oneEvent(el, 'cie-submit');
      await submit(el);
      expect(await keyOf(again)).to.equal(key);
    });

    it('the whole upload, then no answer within the comune’s time: "we do not know", not "not sent"', async () => {
      Object.assign(retryPolicy, { attempts: 2 });
      addJsonScript({ requests: { reprint: { channel: { type: 'endpoint', url: `${location.origin}/test-api/requests?delay=4000`, timeoutSeconds: 1 } } } }, { id: 'slow-answer' });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="slow-answer" lang="it"></cie-reprint-form>`);
      await complete(el);
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      const told = textOf(await outcome(el));
      expect(told).to.contain('non ha risposto in tempo');
      expect(told).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      await waitUntil(async () => (await attemptsFor(await keyOf(submitting))).length === 2, 'the server never had both attempts');
    });

    it('an answer that trickles in a byte every 300 ms: the form stops waiting at twice the comune’s time, and says it does not know', async () => {
      Object.assign(retryPolicy, { attempts: 1 });
      addJsonScript({ requests: { reprint: { channel: { type: 'endpoint', url: `${location.origin}/test-api/requests?trickle=300`, timeoutSeconds: 1 } } } }, { id: 'trickle' });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="trickle" lang="it"></cie-reprint-form>`);
      await complete(el);
      const started = performance.now();
      await submit(el);
      const told = textOf(await outcome(el));
      expect(performance.now() - started, 'ms until the form stopped waiting').to.be.below(8_000);
      expect(told).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      expect(told).to.contain('non ha risposto in tempo');
      expect(($(el, 'fieldset.answers') as HTMLFieldSetElement).disabled).to.equal(false);
    });

    it('"Annulla l’invio" while waiting for the answer: sending stops, the citizen is told it may have arrived, focus on what happened', async () => {
      const el = await form('/test-api/requests?delay=5000');
      await complete(el);
      await sentAndArrived(el);
      const cancel = $$(el, 'button').find((button) => textOf(button) === 'Annulla l’invio')!;
      expect(cancel, 'a way to stop while it sends').to.not.equal(undefined);
      cancel.click();
      const failure = await outcome(el);
      expect(textOf(failure)).to.contain('Hai fermato l’invio.');
      expect(textOf(failure)).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      await waitUntil(() => el.shadowRoot!.activeElement === failure, 'focus did not move to what happened');
      expect($$(el, 'button').some((button) => textOf(button) === 'Annulla l’invio')).to.equal(false);
      expect(value(el, 'holderFamilyName')).to.equal('Rossi');
      await expect(el).to.be.accessible();
    });

    it('the connection cut after the request went up, with no answer: "we do not know"', async () => {
      Object.assign(retryPolicy, { attempts: 1 });
      const el = await form('/test-api/requests?drop');
      await complete(el);
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      const told = textOf(await outcome(el));
      // (The browser itself may send it again on a fresh connection: one key, one request.)
      expect((await attemptsFor(await keyOf(submitting))).length, 'the server had it').to.be.at.least(1);
      expect(told).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
    });

    it('refused before anything went up (offline): still "not sent"', async () => {
      const el = await form('/test-api/requests');
      await complete(el);
      await continueToReview(el);
      const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        $(el, 'button[type=submit]')!.click();
        expect(textOf(await outcome(el))).to.contain('La richiesta non è stata inviata.');
      } finally {
        Object.defineProperty(navigator, 'onLine', online);
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });
  });

  describe('a form moved or added again while it sends keeps its result', () => {
    it('moved to another place on the page while sending (a CMS’s tabs): the receipt and the event still come', async () => {
      const el = await form('/test-api/requests?delay=1500');
      await complete(el);
      const submitted = oneEvent(el, 'cie-submitted');
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      await keyOf(submitting);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el); // moved: disconnected and connected again at once
        expect(textOf(await outcome(el))).to.contain('Richiesta inviata.');
        expect(((await submitted) as CustomEvent<{ reference: string }>).detail.reference).to.match(/^PRT-1-/);
      } finally {
        elsewhere.remove();
      }
    });

    it('taken off the page while sending and added back after the answer: the receipt shows', async () => {
      const el = await form('/test-api/requests?delay=500');
      const place = el.parentElement!;
      await complete(el);
      const submitted = oneEvent(el, 'cie-submitted');
      await submit(el);
      el.remove();
      await submitted; // the answer came while it was off the page
      place.append(el);
      expect(textOf(await outcome(el))).to.contain('Richiesta inviata.');
      expect(sessionStorage.length, 'a request that arrived keeps no draft').to.equal(0);
    });
  });

  it('while sending, the answers are read-only; after a failure they are editable again, all kept', async () => {
    Object.assign(retryPolicy, { attempts: 1 });
    await useMsw(
      http.post('/msw/reprint', async () => {
        await delay(400);
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const el = await form('/msw/reprint');
    await complete(el);
    await continueToReview(el);
    // From the review, the keyboard on the button that sends.
    $(el, 'button[type=submit]')!.focus();
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    expect(($(el, 'fieldset.answers') as HTMLFieldSetElement).disabled).to.equal(true);
    expect(($(el, '#field-email') as HTMLInputElement).matches(':disabled')).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus is not lost to the page').to.equal($(el, 'button[type=submit]'));
    await expect(el).to.be.accessible();
    expect(textOf(await outcome(el))).to.contain('non è disponibile in questo momento');
    expect(($(el, 'fieldset.answers') as HTMLFieldSetElement).disabled).to.equal(false);
    expect(value(el, 'email')).to.equal('mario.rossi@example.it');
  });

  describe('the server’s field errors always reach the citizen', () => {
    it('on the field they name, by path, by part or by attachment; what names no field shown is told as text', async () => {
      await useMsw(
        http.post('/msw/reprint', () =>
          HttpResponse.json(
            {
              errors: [
                { field: 'holder', message: 'Titolare non trovato in anagrafe' },
                { field: 'attachments[1]', message: 'Retro illeggibile' },
                { field: 'applicant.codiceFiscale', message: 'Codice fiscale del richiedente errato' },
                { field: 'protocollo', message: 'Protocollo <b>chiuso</b> per manutenzione' },
              ],
            },
            { status: 422 },
          ),
        ),
      );
      const el = await form('/msw/reprint');
      await complete(el);
      await submit(el);
      await outcome(el);
      expect(textOf($(el, '#error-holderGivenName')!)).to.contain('Titolare non trovato in anagrafe');
      expect(textOf($(el, '#error-cardBack')!)).to.contain('Retro illeggibile');
      const failure = $(el, '.failure')!;
      expect(textOf(failure)).to.contain('Codice fiscale del richiedente errato');
      expect(textOf(failure)).to.contain('Protocollo <b>chiuso</b> per manutenzione');
      expect($(failure, 'b'), 'server text is text').to.equal(null);
      // Every link of the error summary leads to a field on the page.
      for (const link of $$(el, '.error-summary a')) expect($(el, link.getAttribute('href')!), link.getAttribute('href')!).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('field errors in the shapes back offices already send', () => {
    const message = 'Codice fiscale non trovato in anagrafe';
    const problem = { 'Content-Type': 'application/problem+json' };
    const shapes: [string, number, JsonBodyType, Record<string, string>?][] = [
      ['ours', 422, { errors: [{ field: 'holder.codiceFiscale', message }] }],
      ['RFC 9457 with JSON Pointers', 422, { type: 'about:blank', title: 'Unprocessable Content', status: 422, errors: [{ pointer: '/holder/codiceFiscale', detail: message }] }, problem],
      ['RFC 9457 with field names', 400, { title: 'Bad Request', status: 400, errors: [{ field: 'holder.codiceFiscale', detail: message }] }, problem],
      ['Spring binding errors', 400, { errors: [{ field: 'holder.codiceFiscale', defaultMessage: message }] }],
      ['Laravel', 422, { message: 'The given data was invalid.', errors: { 'holder.codiceFiscale': [message] } }],
      ['ASP.NET ValidationProblemDetails', 400, { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'One or more validation errors occurred.', status: 400, errors: { 'Holder.CodiceFiscale': [message] } }, problem],
      ['ASP.NET with System.Text.Json paths', 400, { title: 'One or more validation errors occurred.', status: 400, errors: { '$.holder.codiceFiscale': [message] } }, problem],
    ];
    for (const [name, status, body, headers] of shapes) {
      it(`${name}: on the field it names`, async () => {
        await useMsw(http.post('/msw/reprint', () => HttpResponse.json(body, { status, headers })));
        const el = await form('/msw/reprint');
        await complete(el);
        await submit(el);
        await waitUntil(() => $(el, '#error-holderCodiceFiscale'), 'the error reached no field');
        expect(textOf($(el, '#error-holderCodiceFiscale')!)).to.equal(`Errore: ${message}`);
        expect($(el, '.failure')).to.equal(null);
      });
    }

    it('a refusal that names no field: the server’s own reason is shown, as text', async () => {
      await useMsw(
        http.post('/msw/reprint', () =>
          HttpResponse.json({ title: 'Bad Request', status: 400, detail: 'Le richieste per <i>questo</i> servizio sono chiuse fino a lunedì.' }, { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
        ),
      );
      const el = await form('/msw/reprint');
      await complete(el);
      await submit(el);
      const failure = textOf(await outcome(el));
      expect(failure).to.contain('Il Comune non ha accettato la richiesta.');
      expect(failure).to.contain('Le richieste per <i>questo</i> servizio sono chiuse fino a lunedì.');
      await expect(el).to.be.accessible();
    });
  });

  describe('the card’s copy is judged by its bytes', () => {
    it('an HTML page named .pdf and an empty PDF are refused, each with its reason', async () => {
      const el = await form('/test-api/requests');
      await attach(el, 'cardFront', new File(['<!doctype html><p>not a card</p>'], 'fronte.pdf', { type: 'application/pdf' }));
      expect(textOf($(el, '#error-cardFront')!)).to.contain('Il file deve essere un PDF, JPEG o PNG');
      expect($(el, '#chosen-cardFront')).to.equal(null);
      await attach(el, 'cardFront', new File([], 'vuoto.pdf', { type: 'application/pdf' }));
      expect(textOf($(el, '#error-cardFront')!)).to.contain('Il file è vuoto');
      await expect(el).to.be.accessible();
    });

    it('a PDF chosen from the disk, then deleted there before sending: it goes as chosen, never "the comune is unavailable"', async () => {
      const el = await form('/test-api/requests');
      await fillHolder(el);
      await fillRest(el);
      const pdf = '%PDF-1.4 carta di prova dal disco';
      await executeServerCommand('disk-file', { tag: 'cie-reprint-form', field: 'cardFront', name: 'fronte-disco.pdf', base64: btoa(pdf) });
      await waitUntil(() => $(el, '#chosen-cardFront') && $(el, '#field-cardFront')!.getAttribute('aria-busy') === 'false', 'the file from the disk was not taken');
      await attach(el, 'cardBack', await pngFile(400, 250));
      await executeServerCommand('disk-file', { remove: 'fronte-disco.pdf' }); // moved to the bin, a phone's cache cleared
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('Richiesta inviata.');
      const [attempt] = (await attemptsFor(await keyOf(submitting))) as { body: { parts: Record<string, { size: number; filename: string }> } }[];
      expect(attempt.body.parts.cardFront).to.deep.include({ size: pdf.length, filename: 'fronte-disco.pdf' });
    });

    it('a PNG named .jpg is sent as the PNG it is', async () => {
      const el = await form('/test-api/requests');
      await fillHolder(el);
      await fillRest(el);
      await attach(el, 'cardFront', pdfFile());
      const png = await pngFile(400, 250);
      await attach(el, 'cardBack', new File([png], 'retro.jpg', { type: 'image/jpeg' }));
      const submitting = oneEvent(el, 'cie-submit');
      await submit(el);
      await outcome(el);
      const [attempt] = (await attemptsFor(await keyOf(submitting))) as { body: { parts: Record<string, { type: string }> } }[];
      expect(attempt.body.parts.cardBack.type).to.equal('image/png');
    });
  });

  describe('little kept, for a short time, and the citizen can clear it', () => {
    it('one button clears every answer, here and in the browser', async () => {
      const el = await form('/test-api/requests');
      await fillHolder(el);
      expect(sessionStorage.length).to.equal(1);
      expect(textOf($(el, '.draft-note')!)).to.contain('30 minuti');
      $$(el, '.draft-note button').find((button) => textOf(button) === 'Cancella i dati inseriti')!.click();
      await el.updateComplete;
      expect(value(el, 'holderFamilyName')).to.equal('');
      expect(sessionStorage.length).to.equal(0);
      expect(textOf($(el, '.status')!)).to.contain('I dati inseriti sono stati cancellati');
      expect(el.shadowRoot!.activeElement?.id).to.equal('field-applicantRole');
      await expect(el).to.be.accessible();
      el.remove();
      const again = await form('/test-api/requests');
      expect(value(again, 'holderFamilyName')).to.equal('');
    });

    it('the draft is gone once the email to the office is prepared', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);
      await fillHolder(el);
      await fillRest(el); // the card's copies go with the email itself
      expect(sessionStorage.length).to.equal(1);
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('Il messaggio è pronto');
      expect(sessionStorage.length).to.equal(0);
    });

    it('the draft is gone once the summary for the counter is ready', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="it"></cie-reprint-form>`);
      await fillHolder(el);
      await fillRest(el);
      expect(sessionStorage.length).to.equal(1);
      await submit(el);
      await outcome(el);
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('settings that cannot work are refused when read, with the comune’s fallback', () => {
    it('an endpoint that is no URL: the settings problem, never "Caricamento…" forever', async () => {
      const el = await form('http://[');
      expect(textOf(el.shadowRoot!.firstElementChild!)).to.not.contain('Caricamento');
      expect(textOf($(el, '.settings-error')!)).to.contain('Valore non valido: requests.reprint.channel.url');
      expect($(el, '.settings-error a[href^="tel:"]')).to.not.equal(null);
    });

    it('a header the browser refuses: the settings problem, not a form that hangs', async () => {
      addJsonScript(
        { requests: { reprint: { channel: { type: 'endpoint', url: 'https://servizi.comune.esempio.it/cie', headers: { 'X Token': 'abc' } } } } },
        { id: 'bad-header' },
      );
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="bad-header" lang="it"></cie-reprint-form>`);
      expect(textOf($(el, '.settings-error')!)).to.contain('requests.reprint.channel.headers');
    });

    it('a CSRF token over two lines: told plainly at once, nothing sent, no hang', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'abc\ndef' });
      document.head.append(meta);
      try {
        addJsonScript(
          { requests: { reprint: { channel: { type: 'endpoint', url: `${location.origin}/test-api/requests`, headers: { 'X-CSRF-Token': { fromMeta: 'csrf-token' } } } } } },
          { id: 'meta-header' },
        );
        const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="meta-header" lang="it"></cie-reprint-form>`);
        await complete(el);
        const failed = oneEvent(el, 'cie-submit-error');
        await submit(el);
        expect(textOf(await outcome(el))).to.contain('Il modulo non è configurato bene');
        expect(((await failed) as CustomEvent).detail).to.deep.include({ kind: 'misconfigured' });
        expect($(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('false');
      } finally {
        meta.remove();
      }
    });
  });
});

describe('the sending status, as a screen reader hears it', () => {
  it('upload progress is told in quarters: a hundred progress events change the live status 5 times, not 101', () => {
    let updates = 0;
    const host = { addController() {}, removeController() {}, requestUpdate: () => updates++, updateComplete: Promise.resolve(true) };
    const submission = new SubmissionController(host, { get: () => undefined, set: () => undefined });
    const request = new AbortController();
    submission.begin(request);
    updates = 0;
    const told: (number | undefined)[] = [];
    for (let i = 0; i <= 100; i++) {
      submission.progress(request, i / 100);
      const { phase } = submission;
      if (phase.name === 'submitting' && told.at(-1) !== phase.progress) told.push(phase.progress);
    }
    expect(told).to.deep.equal([0, 0.25, 0.5, 0.75, 1]);
    expect(updates).to.equal(5);
  });
});

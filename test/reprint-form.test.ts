import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { setViewport } from '@web/test-runner-commands';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { reprintRequestSchema, type ReprintRequest } from '../src/requests/schema.js';
import { retryPolicy } from '../src/transport/submit.js';
import { $, $$, addJsonScript, mount, textOf } from './helpers/dom.js';
import { attach, completeReprint as completeOnline, continueToReview, EVERY_QUESTION, fillByKeyboard, typeDate, fillHolder, fillRest, formTestHooks, outcome, pdfFile, pick, pngFile, SPACE, submit, submitFilledReprint, tick, type } from './helpers/form.js';

const worker = setupWorker();
const received: { key: string | null; request: unknown; files: string[] }[] = [];

/** The endpoint answers each attempt with the next response; records the multipart body. */
function endpoint(...responses: (() => Response | Promise<Response>)[]) {
  let i = 0;
  worker.use(
    http.post('/msw/reprint', async ({ request }) => {
      const form = await request.formData();
      received.push({
        key: request.headers.get('idempotency-key'),
        request: JSON.parse(await (form.get('request') as File).text()),
        files: ['cardFront', 'cardBack'].map((part) => `${part}:${(form.get(part) as File | null)?.type}`),
      });
      return responses[Math.min(i++, responses.length - 1)]();
    }),
  );
}

/** Trento's form sending to an endpoint, with every question a comune may ask (birth, mobile, declaration, a parent for a minor). */
const online = () => {
  addJsonScript(EVERY_QUESTION, { id: 'every-question' });
  return mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="every-question" endpoint="/msw/reprint" lang="it"></cie-reprint-form>`);
};
const value = (el: Element, name: string) => ($(el, `#field-${name}`) as HTMLInputElement).value;

describe('<cie-reprint-form>', () => {
  formTestHooks(worker, () => (received.length = 0));

  it('is accessible when empty, and never asks for the PIN or PUK', async () => {
    const el = await online();
    await expect(el).to.be.accessible();
    const labels = $$(el, 'label, legend').map(textOf).join(' | ');
    expect(labels).to.not.match(/\b(inserisci|scrivi) (il )?(PIN|PUK)\b/i);
    expect($$(el, 'input').every((i) => !/pin|puk/i.test(i.getAttribute('name') ?? ''))).to.equal(true);
  });

  describe('errors, the GOV.UK way', () => {
    it('on submit: a focused summary linking each error, each saying what to do for its question, the same words by the field', async () => {
      const el = await online();
      expect(textOf($(el, '.required-note')!)).to.equal('Tutte le domande sono obbligatorie.');
      await submit(el);
      const summary = $(el, '.error-summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.include.members(['#field-applicantRole', '#field-holderCodiceFiscale', '#field-cardFront', '#field-privacyRead']);
      const texts = links.map(textOf);
      expect(new Set(texts).size, 'no two errors say the same').to.equal(texts.length);
      expect(texts).to.include.members([
        'Indica chi fa la richiesta',
        'Scrivi il codice fiscale del titolare',
        'Scegli quali codici ristampare',
        'Scegli quale parte dei codici ti manca',
        'Allega il fronte della carta',
        'Conferma che i codici sono stati smarriti',
      ]);
      const cf = $(el, '#field-holderCodiceFiscale')!;
      expect(cf.getAttribute('aria-invalid')).to.equal('true');
      expect(cf.getAttribute('aria-describedby')).to.equal('hint-holderCodiceFiscale error-holderCodiceFiscale');
      expect(textOf($(el, '#error-holderCodiceFiscale')!)).to.equal('Errore: Scrivi il codice fiscale del titolare');
      expect(textOf($(el, '#error-codes')!)).to.equal('Errore: Scegli quali codici ristampare');
      await expect(el).to.be.accessible();
      links.find((a) => a.getAttribute('href') === '#field-holderCodiceFiscale')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(cf);
    });

    it('no errors before the first submit; after it, they follow each fix live', async () => {
      const el = await online();
      await type(el, 'holderCodiceFiscale', 'RSSMRA70A01H501T');
      expect($(el, '#error-holderCodiceFiscale')).to.equal(null);
      await submit(el);
      expect(textOf($(el, '#error-holderCodiceFiscale')!)).to.contain('Il codice fiscale non è corretto');
      await type(el, 'holderCodiceFiscale', 'RSSMRA70A01H501S');
      expect($(el, '#error-holderCodiceFiscale')).to.equal(null);
      expect($$(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.not.include('#field-holderCodiceFiscale');
    });

    it('checks codice fiscale against the birth date, the holder’s age against who applies, email and mobile', async () => {
      const el = await online();
      await fillHolder(el);
      await typeDate(el, 'holderBirthDate', '1', '1', '1971');
      await type(el, 'email', 'mario.rossi@pec.it');
      await type(el, 'mobile', '0461 884291');
      await submit(el);
      expect(textOf($(el, '#error-holderBirthDate')!)).to.contain('non corrisponde al codice fiscale');
      expect(textOf($(el, '#error-email')!)).to.contain('non una PEC');
      expect(textOf($(el, '#error-mobile')!)).to.contain('numero di cellulare');
      await typeDate(el, 'holderBirthDate', '1', '1', '1970');
      await pick(el, 'applicantRole', 'parent');
      expect(textOf($(el, '#error-holderBirthDate')!)).to.contain('Il titolare è maggiorenne');
      expect($(el, '#field-applicantGivenName')).to.not.equal(null);
    });

    it('a file that is not a PDF, JPEG or PNG is refused at once, and stays refused on submit', async () => {
      const el = await online();
      await attach(el, 'cardFront', new File(['x'], 'carta.heic', { type: 'image/heic' }));
      expect(textOf($(el, '#error-cardFront')!)).to.contain('Il file deve essere un PDF, JPEG o PNG');
      await submit(el);
      expect(textOf($(el, '#error-cardFront')!)).to.contain('Il file deve essere un PDF, JPEG o PNG');
      await attach(el, 'cardFront', pdfFile());
      expect($(el, '#error-cardFront')).to.equal(null);
    });

    it('a file over the comune’s size limit is refused at once', async () => {
      addJsonScript({ attachments: { maxFileSizeMb: 0.00001 } }, { id: 'tiny-files' });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="tiny-files" endpoint="/msw/reprint" lang="it"></cie-reprint-form>`);
      expect(textOf($(el, '#hint-cardFront')!)).to.equal('PDF, JPEG o PNG, al massimo 0.00001 MB.');
      await attach(el, 'cardFront', pdfFile());
      expect(textOf($(el, '#error-cardFront')!)).to.contain('Il file è troppo grande');
    });

    it('a large photo is made smaller (and loses its metadata) before sending, with a preview', async () => {
      const el = await online();
      await attach(el, 'cardBack', await pngFile(3000, 1900, 'foto.png'));
      const chosen = $(el, '#chosen-cardBack')!;
      expect(textOf(chosen)).to.contain('foto.jpg');
      expect(textOf(chosen)).to.contain('Immagine ridotta per l’invio.');
      expect(chosen.querySelector('canvas')).to.not.equal(null);
    });
  });

  describe('endpoint channel (msw answers)', () => {
    it('201: a receipt with the reference, when it was received and the date expected, a valid versioned payload, the files, events, draft cleared', async () => {
      // Friday 4 December 2026, 11:30 in Rome, by the server's clock.
      endpoint(() => HttpResponse.json({ reference: 'PRT-2026-0042', receivedAt: '2026-12-04T10:30:00Z' }, { status: 201 }));
      const el = await online();
      await completeOnline(el);
      expect(sessionStorage.length).to.equal(1);
      const submitted = oneEvent(el, 'cie-submitted');
      await submit(el);
      const receipt = await outcome(el);
      expect(textOf(receipt)).to.contain('Richiesta inviata.');
      expect(textOf(receipt)).to.contain('Numero della richiesta: PRT-2026-0042');
      expect(textOf(receipt)).to.contain('entro 5 giorni lavorativi');
      expect(textOf($(receipt, '.received')!)).to.equal('Ricevuta il: 4 dicembre 2026 alle ore 11:30');
      // Five working days from a Friday, skipping the weekend and 8 December (a national holiday).
      expect(textOf(receipt)).to.contain('Data prevista: 14 dicembre 2026.');
      expect(textOf(receipt)).to.contain("Per informazioni: (+39) 0461 884291 (Carta d'identità e scelta del medico) o ufficio.anagrafe@comune.trento.it.");
      expect(el.shadowRoot!.activeElement).to.equal(receipt);
      expect((await submitted).detail.reference).to.equal('PRT-2026-0042');
      expect(received).to.have.length(1);
      const payload = received[0].request as ReprintRequest;
      expect(reprintRequestSchema.safeParse(payload).success, JSON.stringify(reprintRequestSchema.safeParse(payload).error?.issues)).to.equal(true);
      expect(payload.holder).to.deep.include({ codiceFiscale: 'RSSMRA70A01H501S', cardNumber: 'CA00000AA' });
      expect(payload.contacts).to.deep.equal({ email: 'mario.rossi@example.it', mobile: '+393331234567' });
      expect(payload.idempotencyKey).to.equal(received[0].key);
      expect(received[0].files).to.deep.equal(['cardFront:application/pdf', 'cardBack:image/png']);
      expect(sessionStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('submitting: says so, and a double click sends once', async () => {
      endpoint(async () => {
        await delay(300);
        return HttpResponse.json({ reference: 'PRT-1' }, { status: 201 });
      });
      const el = await online();
      await completeOnline(el);
      const button = $(el, 'button[type=submit]')!;
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf($(el, '.status')!)).to.match(/^Invio in corso/);
      await expect(el).to.be.accessible();
      await outcome(el);
      expect(received).to.have.length(1);
    });

    it('400 with field errors: back on their fields, with the server’s words, as text', async () => {
      endpoint(() => HttpResponse.json({ errors: [{ field: 'holder.cardNumber', message: '<b>Carta</b> non trovata nell’archivio' }] }, { status: 400 }));
      const el = await online();
      await completeOnline(el);
      const failed = oneEvent(el, 'cie-submit-error');
      await submit(el);
      await waitUntil(() => $(el, '#error-cardNumber'));
      expect(textOf($(el, '#error-cardNumber')!)).to.equal('Errore: <b>Carta</b> non trovata nell’archivio');
      expect($(el, '#error-cardNumber b')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
      // One box, and the field's name not said twice.
      expect($(el, '.failure')).to.equal(null);
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal(['Numero della carta: <b>Carta</b> non trovata nell’archivio']);
      endpoint(() => HttpResponse.json({ errors: [{ field: 'holder.cardNumber', message: 'Numero della carta non trovato' }] }, { status: 400 }));
      await type(el, 'cardNumber', 'CA00000AB');
      await submit(el);
      await waitUntil(() => $(el, '#error-cardNumber'));
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal(['Numero della carta non trovato']);
      expect((await failed).detail).to.deep.equal({ request: 'reprint', kind: 'field-errors', status: 400 });
      expect(value(el, 'holderGivenName')).to.equal('Mario');
      await expect(el).to.be.accessible();
    });

    it('on a phone, the receipt comes into view with its title at the top, focused', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        endpoint(() => HttpResponse.json({ reference: 'PRT-2026-0043' }, { status: 201 }));
        const el = await online();
        // The comune's page around it: a header above, more page below.
        el.before(Object.assign(document.createElement('div'), { style: 'height: 1500px' }));
        el.after(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
        await completeOnline(el);
        // The citizen scrolled down to the button, as on a phone.
        $(el, 'button[type=submit]')!.scrollIntoView({ block: 'end' });
        await submit(el);
        const receipt = await outcome(el);
        await waitUntil(() => {
          const title = receipt.querySelector('.receipt-title')!.getBoundingClientRect();
          return title.top >= 0 && title.bottom <= innerHeight / 2;
        }, 'the receipt’s title is not at the top of the screen');
        expect(el.shadowRoot!.activeElement).to.equal(receipt);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('409: the request had already arrived; with no time from the server, none is said (not the device’s, which may be years off) and no date is promised', async () => {
      endpoint(() => HttpResponse.json({ reference: 'PRT-7' }, { status: 409 }));
      const el = await online();
      await completeOnline(el);
      await submit(el);
      const receipt = await outcome(el);
      expect(textOf(receipt)).to.contain('La richiesta era già stata ricevuta.');
      expect($(receipt, '.received')).to.equal(null);
      expect(textOf(receipt), 'no time by the device’s clock, which may be set years back').to.not.match(/\d{1,2}:\d{2}/);
      expect(textOf(receipt)).to.not.contain('Data prevista');
    });

    it('500 every time: plain words, the comune’s other channels, and a retry that reuses the key', async () => {
      endpoint(() => new HttpResponse(null, { status: 500 }));
      const el = await online();
      await completeOnline(el);
      await submit(el);
      const failure = await outcome(el);
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(failure);
      expect(textOf(failure)).to.contain('Il servizio del Comune non è disponibile in questo momento.');
      expect(textOf(failure)).to.contain('I dati che hai scritto sono ancora qui.');
      expect([...failure.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
        'tel:+390461884291',
        'mailto:ufficio.anagrafe@comune.trento.it',
      ]);
      await expect(el).to.be.accessible();
      const firstKey = received[0].key;
      worker.resetHandlers();
      endpoint(() => HttpResponse.json({ reference: 'PRT-9' }, { status: 201 }));
      await submit(el);
      await waitUntil(() => $(el, '#outcome') && textOf($(el, '#outcome')!).includes('PRT-9'));
      expect(received.at(-1)!.key).to.equal(firstKey);
    });

    it('503 then 201: retried on its own, the citizen sees only the receipt', async () => {
      endpoint(
        () => new HttpResponse(null, { status: 503 }),
        () => HttpResponse.json({ reference: 'PRT-10' }, { status: 201 }),
      );
      const el = await online();
      await completeOnline(el);
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('PRT-10');
      expect(received).to.have.length(2);
    });

    it('timeout and offline: said plainly', async () => {
      // A real server that takes the files at once and answers late: the service is slow, not the connection.
      Object.assign(retryPolicy, { attempts: 1 });
      const url = `${location.origin}/test-api/requests?delay=1500`;
      addJsonScript({ requests: { reprint: { channel: { type: 'endpoint', url, timeoutSeconds: 0.2 } } } }, { id: 'short-timeout' });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="short-timeout" lang="it"></cie-reprint-form>`);
      await completeOnline(el);
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('non ha risposto in tempo');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await submit(el);
        await waitUntil(() => $(el, '#outcome') && textOf($(el, '#outcome')!).includes('non è connesso a internet'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
      expect(value(el, 'holderFamilyName')).to.equal('Rossi');
    });

    it('taken off the page while sending, the request goes on (the comune may be recording it); back on the page, its outcome, and a retry is the same request', async () => {
      endpoint(async () => {
        await delay(300);
        return new HttpResponse(null, { status: 503 });
      });
      const el = await online();
      await completeOnline(el);
      const parent = el.parentElement!;
      const failed = oneEvent(el, 'cie-submit-error');
      await submit(el);
      await waitUntil(() => received.length === 1, 'the first attempt never left');
      el.remove();
      await failed; // every attempt made, off the page
      expect(received).to.have.length(4);
      parent.append(el);
      expect(textOf(await outcome(el))).to.contain('Non sappiamo se la richiesta è arrivata al Comune.');
      expect($(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('false');
      worker.resetHandlers();
      endpoint(() => HttpResponse.json({ reference: 'PRT-11' }, { status: 201 }));
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('PRT-11');
      expect(received[4].key).to.equal(received[0].key);
    });

    it('what the published schema refuses is never sent: the field is marked instead', async () => {
      endpoint(() => HttpResponse.json({ reference: 'PRT-12' }, { status: 201 }));
      const el = await online();
      await completeOnline(el);
      await type(el, 'holderBirthPlace', 'R'.repeat(201));
      await submit(el);
      expect(textOf($(el, '#error-holderBirthPlace')!)).to.contain('Il Comune non può accettare questo dato così');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
      await delay(100);
      expect(received).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('cie-submit can be cancelled: an integrator takes over, nothing is sent', async () => {
      endpoint(() => HttpResponse.json({}, { status: 201 }));
      const el = await online();
      await completeOnline(el);
      el.addEventListener('cie-submit', (e) => e.preventDefault(), { once: true });
      const seen = oneEvent(document, 'cie-submit');
      await submit(el);
      expect((await seen).detail).to.deep.include({ request: 'reprint', channel: 'endpoint' });
      await delay(100);
      expect(received).to.have.length(0);
    });
  });

  it('posts to a real HTTP endpoint: the server gets the multipart body, files included', async () => {
    await worker.stop(); // no service worker in between, as on a comune's page
    try {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/test-api/requests" lang="it"></cie-reprint-form>`);
      await completeOnline(el);
      const submitted = oneEvent(el, 'cie-submitted');
      await submit(el);
      const { payload: sent, reference } = (await submitted).detail as { payload: { idempotencyKey: string }; reference: string };
      expect(textOf(await outcome(el))).to.contain(reference);
      const attempts = await (await fetch(`/test-api/requests/${sent.idempotencyKey}`)).json();
      expect(attempts).to.have.length(1);
      const { parts } = attempts[0].body;
      const payload = JSON.parse(parts.request.text);
      expect(reprintRequestSchema.safeParse(payload).success).to.equal(true);
      expect(payload).to.deep.equal(JSON.parse(JSON.stringify(sent)));
      expect(parts.cardFront).to.deep.include({ filename: 'fronte.pdf', type: 'application/pdf', size: pdfFile().size });
      expect(parts.cardBack).to.deep.include({ filename: 'retro.png', type: 'image/png' });
      expect(parts.cardBack.size).to.equal(payload.attachments[1].size);
    } finally {
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
    }
  });

  describe('email channel (Trento)', () => {
    it('prepares the message to the office and says to attach the card', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);
      expect($(el, '#field-cardFront')).to.equal(null);
      await fillHolder(el);
      await fillRest(el);
      expect(textOf($(el, 'button[type=submit]')!)).to.equal('Continua');
      await continueToReview(el);
      // The review says what its button does on this comune's channel.
      expect(textOf($(el, 'button[type=submit]')!)).to.equal('Prepara l’email');
      await submit(el);
      const receipt = await outcome(el);
      const mailto = receipt.querySelector('a')!.getAttribute('href')!;
      expect(mailto.startsWith('mailto:ufficio.anagrafe@comune.trento.it?subject=')).to.equal(true);
      const body = decodeURIComponent(mailto.split('body=')[1]);
      expect(body).to.contain('Codice fiscale del titolare: RSSMRA70A01H501S');
      expect(body).to.contain('Numero della carta: CA00000AA');
      expect(body, 'Trento’s page asks no mobile').to.not.contain('Cellulare');
      expect(textOf(receipt)).to.contain('un link email non può allegare file');
      await expect(el).to.be.accessible();
    });
  });

  describe('appointment channel (Dalmine)', () => {
    it('a printable summary and the way to book', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="it"></cie-reprint-form>`);
      const receipt = await submitFilledReprint(el);
      expect(textOf(receipt)).to.contain('Riepilogo pronto');
      const rows = [...receipt.querySelectorAll('.summary div')].map((row) => `${textOf(row.querySelector('dt')!)}: ${textOf(row.querySelector('dd')!)}`);
      expect(rows).to.include.members(['Codice fiscale del titolare: RSSMRA70A01H501S', 'Numero della carta: CA00000AA']);
      // Dalmine's page asks neither the holder's birth, nor a mobile, nor a declaration: the summary has none.
      expect(rows.join(' | ')).to.not.match(/nascita|Cellulare|Dichiarazione \(art/);
      expect(textOf(receipt)).to.contain('Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune');
      expect(textOf(receipt)).to.contain('entro 30 giorni');
      await expect(el).to.be.accessible();
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="it"></cie-reprint-form>`);
      await fillByKeyboard(el, [
        ['holderGivenName', 'Mario'],
        ['holderFamilyName', 'Rossi'],
        ['holderCodiceFiscale', 'RSSMRA70A01H501S'],
        ['cardNumber', 'CA00000AA'],
        ['codes', SPACE],
        ['halves', SPACE],
        ['email', 'mario.rossi@example.it'],
        ['privacyRead', SPACE],
      ]);
      const receipt = await outcome(el);
      expect(textOf(receipt)).to.contain('Riepilogo pronto');
    });
  });

  it('a draft survives a reload (never the files) and is the citizen’s own tab only', async () => {
    const first = await online();
    await fillHolder(first);
    await tick(first, 'codesLost');
    await attach(first, 'cardFront', pdfFile());
    first.remove();
    const draft = sessionStorage.getItem(sessionStorage.key(0)!)!;
    expect(draft).to.contain('RSSMRA70A01H501S'.toLowerCase());
    expect(draft).to.not.contain('cardFront');
    const again = await online();
    expect(value(again, 'holderFamilyName')).to.equal('Rossi');
    expect(($(again, '#field-applicantRole') as HTMLInputElement).checked).to.equal(true);
    expect($(again, '#chosen-cardFront')).to.equal(null);
    expect(($(again, '#field-codesLost') as HTMLInputElement).checked, 'a declaration is ticked anew').to.equal(false);
  });

  it('offers delegation where the comune accepts it, and links its privacy notice', async () => {
    addJsonScript(
      { eligibility: { delegatesAccepted: true }, privacyNoticeUrl: 'https://www.comune.esempio.it/privacy' },
      { id: 'delegates' },
    );
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="delegates" lang="it"></cie-reprint-form>`);
    // Dalmine's page says nothing of minors: the holder or a delegate, nobody else.
    expect($$(el, 'input[name=applicantRole]').map((i) => i.getAttribute('value'))).to.deep.equal(['holder', 'delegate']);
    expect($(el, 'label[for=field-privacyRead] a')?.getAttribute('href')).to.equal('https://www.comune.esempio.it/privacy');
    await pick(el, 'applicantRole', 'delegate');
    expect($(el, '#field-applicantCodiceFiscale')).to.not.equal(null);
    const plain = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="it"></cie-reprint-form>`);
    expect($(plain, '#field-applicantRole'), 'only the holder may apply: nobody is asked who applies').to.equal(null);
  });

  describe('questions → review → sent', () => {
    const rowsOf = (el: Element) => $$(el, '.review-answers > div').map((row) => `${textOf(row.querySelector('dt')!)}: ${textOf(row.querySelector('dd')!)}`);

    it('every answer on one screen before sending, each with «Modifica» back to its question; nothing sent until the last button', async () => {
      endpoint(() => HttpResponse.json({ reference: 'PRT-2026-0050' }, { status: 201 }));
      const el = await online();
      expect(textOf($(el, '.step')!)).to.equal('Passo 1 di 3: le domande');
      await completeOnline(el);
      await continueToReview(el);
      const review = $(el, '#review')!;
      expect(el.shadowRoot!.activeElement).to.equal(review);
      expect(textOf($(el, '.step')!)).to.equal('Passo 2 di 3: verifica i dati');
      expect($(el, 'fieldset.answers')!.hidden, 'the questions are hidden, not gone').to.equal(true);
      expect(rowsOf(el)).to.include.members([
        'Chi fa la richiesta: Il titolare della carta',
        'Codice fiscale del titolare: RSSMRA70A01H501S',
        'Data e luogo di nascita: 1 gennaio 1970, Roma',
        'Codici da ristampare: PIN e PUK – Seconda parte',
        'Cellulare: +393331234567',
        'Fronte della carta: fronte.pdf',
      ]);
      expect(received, 'nothing is sent from the questions').to.have.length(0);
      await expect(el).to.be.accessible();

      // «Modifica» beside the codice fiscale: back to that question, focused; the answer changed shows in the review.
      const change = $$(el, '.review-answers > div').find((row) => textOf(row.querySelector('dt')!) === 'Numero della carta')!.querySelector('button')!;
      expect(textOf(change)).to.equal('Modifica la risposta: Numero della carta');
      change.click();
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#field-cardNumber'), 'not back at the card number');
      expect($(el, '#review')).to.equal(null);
      await type(el, 'cardNumber', 'CA11111BB');
      await continueToReview(el);
      expect(rowsOf(el)).to.include('Numero della carta: CA11111BB');

      // The chosen files stayed chosen: the request goes with them.
      expect(textOf($(el, 'button[type=submit]')!)).to.equal('Invia la richiesta');
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('PRT-2026-0050');
      expect(textOf($(el, '.step')!)).to.equal('Passo 3 di 3: fatto');
      expect(received).to.have.length(1);
      expect(received[0].files).to.deep.equal(['cardFront:application/pdf', 'cardBack:image/png']);
      expect((received[0].request as ReprintRequest).holder.cardNumber).to.equal('CA11111BB');
    });

    it('the browser’s Back on the review returns to the questions, answers kept', async () => {
      const el = await online();
      await completeOnline(el);
      await continueToReview(el);
      history.back();
      await waitUntil(() => !$(el, '#review'), 'Back did not leave the review');
      expect($(el, 'fieldset.answers')!.hidden).to.equal(false);
      expect(value(el, 'holderFamilyName')).to.equal('Rossi');
      expect(received).to.have.length(0);
    });

    it('in English, the review speaks English', async () => {
      addJsonScript(EVERY_QUESTION, { id: 'every-question' });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="every-question" endpoint="/msw/reprint" lang="en"></cie-reprint-form>`);
      await completeOnline(el);
      await continueToReview(el);
      expect(textOf($(el, '#review-heading')!)).to.equal('Check your answers');
      expect(rowsOf(el), rowsOf(el).join(' / ')).to.include('Date and place of birth: January 1, 1970, Roma');
      expect(textOf($(el, 'button[type=submit]')!)).to.equal('Send the request');
      await expect(el).to.be.accessible();
    });
  });

  describe('save and continue later, without a server', () => {
    /** What "Salva e continua dopo" downloads: caught as the browser hands it the file. */
    async function savedFile(el: CieReprintForm): Promise<string> {
      let saved: Promise<string> | undefined;
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        saved = blob.text();
        return createObjectURL(blob);
      };
      try {
        $$(el, 'button').find((b) => ['Salva e continua dopo', 'Save and continue later'].includes(textOf(b)))!.click();
        await waitUntil(() => saved, 'nothing was saved');
        return await saved!;
      } finally {
        URL.createObjectURL = createObjectURL;
      }
    }
    const resumeFrom = async (el: CieReprintForm, text: string, name = 'risposte-cie-reprint.json') => {
      const input = $(el, '#resume-file') as HTMLInputElement;
      const before = textOf($(el, '.saved-status')!);
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => textOf($(el, '.saved-status')!) !== before, 'nothing said after choosing the file');
      return textOf($(el, '.saved-status')!);
    };

    it('saves the typed answers in a file (no card copies, no declarations) and another day resumes from it', async () => {
      const first = await online();
      await completeOnline(first);
      await tick(first, 'codesLost');
      const text = await savedFile(first);
      expect(textOf($(first, '.saved-status')!)).to.contain('Risposte salvate nel file.');
      const saved = JSON.parse(text);
      expect(saved).to.deep.include({ format: 'cie-widgets/answers', version: 1, request: 'reprint', comune: 'trento' });
      expect(saved.answers).to.deep.include({ holderCodiceFiscale: 'rssmra70a01h501s', cardNumber: 'ca 00000 aa', codes: 'both' });
      expect(Object.keys(saved.answers)).to.not.include.members(['cardFront', 'cardBack', 'codesLost', 'privacyRead']);
      first.remove();

      // Another day: nothing in the browser, the file chosen again.
      sessionStorage.clear();
      const again = await online();
      expect(value(again, 'holderFamilyName')).to.equal('');
      const said = await resumeFrom(again, text);
      expect(said).to.match(/^Risposte riprese dal file: \d+\. Allega di nuovo i file e conferma le dichiarazioni\.$/);
      expect(value(again, 'holderFamilyName')).to.equal('Rossi');
      expect(($(again, '#field-codesLost') as HTMLInputElement).checked, 'a declaration is made anew').to.equal(false);
      await expect(again).to.be.accessible();
    });

    it('in English, saving and resuming are said in English (worded when shown, not after the file’s wait)', async () => {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/msw/reprint" lang="en"></cie-reprint-form>`);
      await type(el, 'holderFamilyName', 'Rossi');
      const text = await savedFile(el);
      await waitUntil(() => textOf($(el, '.saved-status')!).startsWith('Answers saved in the file.'), `said: ${textOf($(el, '.saved-status')!)}`);
      expect(await resumeFrom(el, text)).to.match(/^Answers taken from the file: \d+\. Attach the files again and confirm the declarations\.$/);
      expect(await resumeFrom(el, '{"format":"altro"}', 'altro.json')).to.not.contain('Questo file');
    });

    it('a file that is not saved answers of this form is refused, and nothing typed is lost', async () => {
      const el = await online();
      await type(el, 'holderFamilyName', 'Bianchi');
      expect(await resumeFrom(el, '{"format":"altro"}', 'altro.json')).to.equal('Questo file non contiene risposte salvate da questo modulo: non è stato ripreso nulla.');
      const other = JSON.stringify({ format: 'cie-widgets/answers', version: 1, request: 'contactUpdate', comune: 'trento', savedAt: '2026-12-04T10:00:00Z', answers: { holderFamilyName: 'Verdi' } });
      expect(await resumeFrom(el, other)).to.equal('Questo file contiene le risposte di un altro modulo: non è stato ripreso nulla.');
      expect(value(el, 'holderFamilyName')).to.equal('Bianchi');
    });
  });

  describe('asks what this comune asks, and nothing else', () => {
    it('Trento’s page names no birth, mobile or declaration: the form asks none and sends none', async () => {
      endpoint(() => HttpResponse.json({ reference: 'PRT-20' }, { status: 201 }));
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/msw/reprint" lang="it"></cie-reprint-form>`);
      await expect(el).to.be.accessible();
      for (const name of ['holderBirthDate', 'holderBirthPlace', 'mobile', 'codesLost']) expect($(el, `#field-${name}`), name).to.equal(null);
      // Its page: "Nel caso in cui il titolare della Carta sia un minore, la richiesta deve essere presentata da un genitore o tutore."
      expect($$(el, 'input[name=applicantRole]').map((i) => i.getAttribute('value'))).to.deep.equal(['holder', 'parent', 'guardian']);
      await completeOnline(el);
      await submit(el);
      expect(textOf(await outcome(el))).to.contain('PRT-20');
      const payload = received[0].request as ReprintRequest;
      expect(reprintRequestSchema.safeParse(payload).success).to.equal(true);
      expect(Object.keys(payload.holder).sort()).to.deep.equal(['cardNumber', 'codiceFiscale', 'familyName', 'givenName']);
      expect(payload.contacts).to.deep.equal({ email: 'mario.rossi@example.it' });
      expect(payload.declarations).to.deep.equal({ privacyNoticeRead: true });
    });

    it('where no parent may apply, a minor’s birth date is no dead end; a delegate is told what to bring', async () => {
      addJsonScript(
        {
          requests: { reprint: { asks: { birthDateAndPlace: true } } },
          eligibility: {
            delegatesAccepted: true,
            delegation: { documents: ['la delega firmata dal titolare', 'una copia del documento del titolare'], module: { title: 'Modulo delega CIE' } },
          },
        },
        { id: 'birth-and-delegates' },
      );
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="birth-and-delegates" lang="it"></cie-reprint-form>`);
      await pick(el, 'applicantRole', 'holder');
      // An invented holder born on 1 January 2015, with the example's name letters.
      await type(el, 'holderCodiceFiscale', 'RSSMRA15A01H501G');
      await typeDate(el, 'holderBirthDate', '1', '1', '2015');
      await submit(el);
      expect($(el, '#error-holderBirthDate')).to.equal(null);
      expect($(el, '#hint-applicantRole')).to.equal(null);
      await pick(el, 'applicantRole', 'delegate');
      expect(textOf($(el, '#hint-applicantRole')!)).to.equal(
        'Per la delega servono: la delega firmata dal titolare; una copia del documento del titolare. Modulo di delega del Comune: Modulo delega CIE.',
      );
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English and German', async () => {
    const en = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="en"></cie-reprint-form>`);
    expect(textOf($(en, '#form-heading')!)).to.equal('Request to reprint the PIN and PUK codes');
    await submit(en);
    expect(textOf($(en, '#error-holderCodiceFiscale')!)).to.equal('Error: Enter the holder’s tax code');
    const de = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" lang="de"></cie-reprint-form>`);
    // Dalmine's page names only the holder: the first question is which codes.
    expect(textOf($(de, 'legend')!)).to.equal('Welche Codes benötigen Sie?');
    await expect(de).to.be.accessible();
  });
});

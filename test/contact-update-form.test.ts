import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../components/contact-update-form/index.js';
import type { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import { contactUpdateRequestSchema, type ContactUpdateRequest } from '../src/requests/schema.js';
import { retryPolicy } from '../src/transport/submit.js';
import { $, $$, addJsonScript, mount, textOf } from './helpers/dom.js';
import { attach, fillByKeyboard, fillContactUpdate, fillHolder, formTestHooks, outcome, pdfFile, SPACE, submit, type } from './helpers/form.js';

const worker = setupWorker();
const received: { key: string | null; contentType: string | null; body: unknown }[] = [];

function endpoint(...responses: (() => Response | Promise<Response>)[]) {
  let i = 0;
  worker.use(
    http.post('/msw/contacts', async ({ request }) => {
      received.push({ key: request.headers.get('idempotency-key'), contentType: request.headers.get('content-type'), body: await request.json() });
      return responses[Math.min(i++, responses.length - 1)]();
    }),
  );
}

const online = () =>
  mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="trento" endpoint="/msw/contacts" lang="it"></cie-contact-update-form>`);

const complete = fillContactUpdate;


describe('<cie-contact-update-form>', () => {
  formTestHooks(worker, () => (received.length = 0));

  it('is accessible, and offers the Ministry portal before the form', async () => {
    const el = await online();
    await expect(el).to.be.accessible();
    const selfService = $(el, '[part=self-service]')!;
    expect(selfService.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(selfService.querySelector('a')?.getAttribute('href')).to.equal('https://www.cartaidentita.interno.gov.it/assistenza/');
    expect(textOf(selfService)).to.contain('recuperare il PUK con l’app CieID');
    expect($(el, '#field-holderBirthDate')).to.equal(null);
  });

  it('errors: confirmation that differs, a PEC, a landline; summary focused, fields linked', async () => {
    const el = await online();
    await fillHolder(el);
    await type(el, 'email', 'mario.rossi@legalmail.it');
    await type(el, 'emailConfirm', 'mario.rossi@example.it');
    await type(el, 'mobile', '0461 884291');
    await submit(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expect(textOf($(el, '#error-email')!)).to.contain('non una PEC');
    expect(textOf($(el, '#error-emailConfirm')!)).to.contain('Le due email non sono uguali');
    expect(textOf($(el, '#error-mobile')!)).to.contain('numero di cellulare');
    // Trento's page sets no personal-contacts rule: that declaration is not put to its citizens.
    expect($(el, '#field-contactsPersonal')).to.equal(null);
    expect($$(el, '.error-summary a').map(textOf)).to.not.include('Conferma che email e cellulare sono personali');
    expect($$(el, '.error-summary a').map(textOf)).to.include('Conferma di aver letto l’informativa privacy');
    await expect(el).to.be.accessible();
  });

  it('201: receipt, and a JSON payload that matches the published schema', async () => {
    endpoint(() => HttpResponse.json({ reference: 'CNT-1' }, { status: 201 }));
    const el = await online();
    await complete(el);
    await submit(el);
    expect(textOf(await outcome(el))).to.contain('Numero della richiesta: CNT-1');
    expect(received[0].contentType).to.equal('application/json');
    const payload = received[0].body as ContactUpdateRequest;
    expect(contactUpdateRequestSchema.safeParse(payload).success, JSON.stringify(contactUpdateRequestSchema.safeParse(payload).error?.issues)).to.equal(true);
    expect(payload).to.deep.include({ type: 'contact-update', schemaVersion: 1, comune: 'trento' });
    expect(payload.contacts).to.deep.equal({ email: 'mario.rossi@example.it', mobile: '+393331234567' });
    expect(payload.declarations, 'no declaration Trento does not ask for').to.deep.equal({ privacyNoticeRead: true });
    await expect(el).to.be.accessible();
  });

  it('server text on a phone: a page-long reason is shortened, a long token wraps, nothing is wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = '0';
    try {
      const token = `ERR${'0123456789ABCDEF'.repeat(4)}`;
      endpoint(() => HttpResponse.json({ title: 'Bad Request', detail: `Rifiutata: ${token}. ${'Motivo ripetuto. '.repeat(12_000)}` }, { status: 400 }));
      const el = await online();
      await complete(el);
      await submit(el);
      const box = await outcome(el);
      expect(textOf(box)).to.contain(token);
      expect(textOf(box).length).to.be.below(1000);
      expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
      expect(($(el, '#field-email') as HTMLInputElement).value).to.equal('mario.rossi@example.it');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('400 field errors land on the new email', async () => {
    endpoint(() => HttpResponse.json({ errors: [{ field: 'contacts.email', message: 'Email già associata a un’altra carta' }] }, { status: 400 }));
    const el = await online();
    await complete(el);
    await submit(el);
    await waitUntil(() => $(el, '#error-email'));
    expect(textOf($(el, '#error-email')!)).to.equal('Errore: Email già associata a un’altra carta');
  });

  it('timeout and offline', async () => {
    endpoint(async () => {
      await delay(1000);
      return HttpResponse.json({}, { status: 201 });
    });
    Object.assign(retryPolicy, { attempts: 1 });
    addJsonScript({ requests: { contactUpdate: { channel: { type: 'endpoint', url: `${location.origin}/msw/contacts`, timeoutSeconds: 0.2 } } } }, { id: 'slow' });
    const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="trento" config="slow" lang="it"></cie-contact-update-form>`);
    await complete(el);
    await submit(el);
    expect(textOf(await outcome(el))).to.contain('non ha risposto in tempo');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await submit(el);
      await waitUntil(() => $(el, '#outcome') && textOf($(el, '#outcome')!).includes('non è connesso a internet'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('a copy of the card when the comune requires it, posted to a real endpoint', async () => {
    await worker.stop();
    try {
      addJsonScript(
        { requests: { contactUpdate: { channel: { type: 'endpoint', url: `${location.origin}/test-api/requests` }, cardCopyRequired: true } } },
        { id: 'with-copy' },
      );
      const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="dalmine" config="with-copy" lang="it"></cie-contact-update-form>`);
      await complete(el);
      await attach(el, 'cardFront', pdfFile());
      await attach(el, 'cardBack', pdfFile('retro.pdf'));
      const submitted = oneEvent(el, 'cie-submitted');
      await submit(el);
      const { payload } = (await submitted).detail as { payload: { idempotencyKey: string } };
      await outcome(el);
      const [attempt] = await (await fetch(`/test-api/requests/${payload.idempotencyKey}`)).json();
      const sent = JSON.parse(attempt.body.parts.request.text);
      expect(contactUpdateRequestSchema.safeParse(sent).success).to.equal(true);
      expect(attempt.body.parts.cardBack).to.deep.include({ filename: 'retro.pdf', type: 'application/pdf' });
    } finally {
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
    }
  });

  it('Trento (email): the prepared message to the office', async () => {
    const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="trento" lang="it"></cie-contact-update-form>`);
    await complete(el);
    await submit(el);
    const mailto = (await outcome(el)).querySelector('a')!.getAttribute('href')!;
    expect(mailto.startsWith('mailto:ufficio.anagrafe@comune.trento.it?subject=')).to.equal(true);
    expect(decodeURIComponent(mailto)).to.contain('Cellulare: +393331234567');
  });

  it('Dalmine (appointment): a summary to bring, completed with the keyboard alone', async () => {
    const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="dalmine" lang="de"></cie-contact-update-form>`);
    // Dalmine's page names only the holder: nobody is asked who applies.
    await fillByKeyboard(el, [
      ['holderGivenName', 'Mario'],
      ['holderFamilyName', 'Rossi'],
      ['holderCodiceFiscale', 'RSSMRA70A01H501S'],
      ['cardNumber', 'CA00000AA'],
      ['email', 'mario.rossi@example.it'],
      ['emailConfirm', 'mario.rossi@example.it'],
      ['mobile', '3331234567'],
      ['contactsPersonal', SPACE],
      ['privacyRead', SPACE],
    ]);
    const receipt = await outcome(el);
    expect(textOf(receipt)).to.contain('Zusammenfassung fertig');
    // The citizen reads German; the summary they bring to the counter is the office's language.
    const summary = receipt.querySelector('dl.summary')!;
    expect(summary.getAttribute('lang')).to.equal('it');
    expect([...summary.querySelectorAll('dt')].map(textOf)).to.include.members(['Codice fiscale del titolare', 'Email', 'Cellulare']);
    expect(textOf(receipt)).to.contain('Die Zusammenfassung ist auf Italienisch');
    expect(textOf(receipt)).to.contain('auf der Website der Gemeinde, www.comune.dalmine.bg.it');
    expect(textOf(receipt)).to.contain('Danach: Danach erhalten Sie zwei E-Mails');
    await expect(el).to.be.accessible();
  });
});

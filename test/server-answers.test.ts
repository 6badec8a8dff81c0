// Every answer an endpoint may give, and what the citizen then reads: once, through one form.
// Both forms send with the same engine (components/shared/form/, src/transport/), so a case
// here holds for each; what differs by request (the reprint's receipt without a promised
// date, its retry with the same key) is in that form's tests, how the transport reads each
// answer in test/transport.test.ts, answers that must never pass for a receipt (a firewall's
// page, a reference that is not text) in test/request-form-trust.test.ts.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../components/contact-update-form/index.js';
import type { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import { $, mount, textOf } from './helpers/dom.js';
import { fillContactUpdate, formTestHooks, outcome, submit } from './helpers/form.js';

const worker = setupWorker();

const answers: [string, () => Response, string][] = [
  ['409', () => HttpResponse.json({ reference: 'CNT-2' }, { status: 409 }), 'La richiesta era già stata ricevuta.'],
  ['429', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '180' } }), 'Riprova tra 3 minuti'],
  ['429 for half a minute', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }), 'Riprova tra un minuto.'],
  ['500', () => new HttpResponse(null, { status: 500 }), 'non è disponibile in questo momento'],
  ['503', () => new HttpResponse(null, { status: 503 }), 'non è disponibile in questo momento'],
  ['a network error', () => HttpResponse.error(), 'non è disponibile in questo momento'],
  ['403', () => new HttpResponse(null, { status: 403 }), 'non accetta richieste da questa pagina'],
  ['413', () => new HttpResponse(null, { status: 413 }), 'I file sono troppo grandi per il servizio del Comune. Usa file più piccoli, al massimo 5 MB'],
  ['400 without field errors', () => HttpResponse.json({ title: 'Bad Request' }, { status: 400 }), 'Il Comune non ha accettato la richiesta.'],
  // A 409 is "already received" only with the first reference (the contract).
  ['a conflict page of HTML (409)', () => new HttpResponse('<html><body>Conflict</body></html>', { status: 409, headers: { 'Content-Type': 'text/html' } }), 'Non sappiamo se la richiesta è arrivata al Comune.'],
  ['a conflict "in progress" without a reference (409)', () => HttpResponse.json({ error: 'in progress' }, { status: 409 }), 'Non sappiamo se la richiesta è arrivata al Comune.'],
];

describe('what a citizen reads for each answer of the comune’s endpoint', () => {
  formTestHooks(worker, () => undefined);

  for (const [name, response, message] of answers) {
    it(`${name}: "${message}", everything typed kept`, async () => {
      worker.use(http.post('/msw/contacts', response));
      const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="trento" endpoint="/msw/contacts" lang="it"></cie-contact-update-form>`);
      await fillContactUpdate(el);
      await submit(el);
      expect(textOf(await outcome(el))).to.contain(message);
      if (!name.startsWith('409')) {
        expect(($(el, '#field-email') as HTMLInputElement).value).to.equal('mario.rossi@example.it');
        await expect(el).to.be.accessible();
      }
    });
  }
});

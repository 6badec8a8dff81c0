// Nothing personal left behind: each form keeps its own draft, a finished request keeps none,
// and what a form prints or sends carries no more than the citizen gave.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { $, mount, textOf } from './helpers/dom.js';
import { attach, completeReprint, fillHolder, fillRest, jpegWithGps, outcome, pdfFile, pngFile, submit, type } from './helpers/form.js';
import { waitUntil } from './helpers/wait.js';

const value = (el: Element, name: string) => ($(el, `#field-${name}`) as HTMLInputElement).value;
const drafts = () => Object.keys(sessionStorage).filter((key) => key.startsWith('cie-widgets:draft:'));

describe('nothing personal is left behind', () => {
  beforeEach(() => sessionStorage.clear());

  it('two reprint forms on one page keep two drafts: after a reload each has its own answers', async () => {
    const page = () =>
      fixture<HTMLElement>(html`<div>
        <cie-reprint-form comune="trento" lang="it"></cie-reprint-form>
        <cie-reprint-form comune="trento" lang="it"></cie-reprint-form>
      </div>`);
    const forms = async (root: HTMLElement) => {
      const found = [...root.querySelectorAll<CieReprintForm>('cie-reprint-form')];
      await Promise.all(found.map((form) => form.ready));
      return found;
    };
    const [first, second] = await forms(await page());
    await type(first, 'holderFamilyName', 'Rossi');
    await type(second, 'holderFamilyName', 'Bianchi');
    expect(drafts()).to.have.length(2);

    first.parentElement!.remove(); // the citizen reloads
    const [firstAgain, secondAgain] = await forms(await page());
    expect(value(firstAgain, 'holderFamilyName')).to.equal('Rossi');
    expect(value(secondAgain, 'holderFamilyName')).to.equal('Bianchi');
  });

  it('a request sent, then the language changed: no answer, no key goes back into the browser’s storage', async () => {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/test-api/requests" lang="it"></cie-reprint-form>`);
    await completeReprint(el);
    await submit(el);
    expect(textOf(await outcome(el))).to.contain('Richiesta inviata.');
    expect(drafts()).to.deep.equal([]);

    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Request sent.'), 'the receipt never spoke English');
    expect(drafts(), 'a finished request drafts nothing').to.deep.equal([]);
    expect(JSON.stringify({ ...sessionStorage })).to.not.contain('RSSMRA70A01H501S');
  });

  it('a form still being filled in keeps its answers when the language changes', async () => {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);
    await fillHolder(el);
    el.setAttribute('lang', 'de');
    await waitUntil(() => textOf(el).includes('Weiter'), 'the form never spoke German');
    expect(value(el, 'holderFamilyName')).to.equal('Rossi');
    expect(drafts()).to.have.length(1);
  });

  it('a phone’s photo of the card, small or large, reaches the comune without its GPS position; still a picture of the card', async () => {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/test-api/requests" lang="it"></cie-reprint-form>`);
    await fillHolder(el);
    await fillRest(el);
    const small = await jpegWithGps(800, 500, 'fronte.jpg');
    expect(new TextDecoder().decode(await small.arrayBuffer())).to.contain('GPS 45.0703'); // what a phone writes
    await attach(el, 'cardFront', small);
    await attach(el, 'cardBack', await jpegWithGps(3000, 1900));
    expect(textOf($(el, '#chosen-cardFront')!)).to.not.contain('Immagine ridotta');
    expect(textOf($(el, '#chosen-cardBack')!)).to.contain('Immagine ridotta per l’invio.');
    const submitting = oneEvent(el, 'cie-submit');
    await submit(el);
    expect(textOf(await outcome(el))).to.contain('Richiesta inviata.');
    const key = ((await submitting) as CustomEvent<{ payload: { idempotencyKey: string } }>).detail.payload.idempotencyKey;
    type Part = { type: string; metadata: string[]; size: number };
    const [attempt] = (await (await fetch(`/test-api/requests/${key}`)).json()) as { body: { parts: Record<string, Part> } }[];
    const { cardFront, cardBack } = attempt.body.parts;
    expect(cardFront.metadata, 'the small photo').to.deep.equal([]);
    expect(cardBack.metadata, 'the large photo').to.deep.equal([]);
    expect([cardFront.type, cardBack.type]).to.deep.equal(['image/jpeg', 'image/jpeg']);
    expect(cardFront.size).to.be.above(1000);
  });

  it('a PNG scan stays a lossless PNG; a PDF goes as chosen', async () => {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint="/test-api/requests" lang="it"></cie-reprint-form>`);
    await fillHolder(el);
    await fillRest(el);
    await attach(el, 'cardFront', pdfFile());
    await attach(el, 'cardBack', await pngFile(400, 250));
    const submitting = oneEvent(el, 'cie-submit');
    await submit(el);
    await outcome(el);
    const key = ((await submitting) as CustomEvent<{ payload: { idempotencyKey: string } }>).detail.payload.idempotencyKey;
    const [attempt] = (await (await fetch(`/test-api/requests/${key}`)).json()) as { body: { parts: Record<string, { type: string; size: number }> } }[];
    expect(attempt.body.parts.cardBack.type).to.equal('image/png');
    expect(attempt.body.parts.cardFront).to.deep.include({ type: 'application/pdf', size: pdfFile().size });
  });

  it('a page script that set Object.prototype.endpoint and .configSrc cannot send a comune’s request elsewhere', async () => {
    const polluted = ['endpoint', 'configSrc', 'config'] as const;
    const targets = { endpoint: '/test-api/requests?polluted=endpoint', configSrc: '/polluted-settings.json', config: 'polluted' };
    try {
      for (const name of polluted) Object.defineProperty(Object.prototype, name, { value: targets[name], configurable: true, writable: true });
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);
      await fillHolder(el);
      await fillRest(el);
      await submit(el);
      expect(textOf(await outcome(el)), 'Trento takes the request by email, as its settings say').to.contain('Il messaggio è pronto');
    } finally {
      for (const name of polluted) delete (Object.prototype as Record<string, unknown>)[name];
    }
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => url.includes('polluted'))).to.deep.equal([]);
  });
});

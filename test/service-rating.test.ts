// The rating Designers Italia's model asks: "Quanto sono chiare le informazioni su questa
// pagina?" at the end of the service card (C.SI.2.6), "Quanto è stato facile usare questo
// servizio?" once a form has done its part (C.SE.1.7). The first test tries the card's as
// AgID's checker does (pa-website-validator-ng, checkFeedbackComponent): from the page's
// light DOM, clicking each star and looking for the matching follow-up by its markers
// and exact texts. The others are a citizen's: by keyboard, on a bad connection, after a
// request; and the editor's: the card's header and the theme's own parts.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieProcedureGuide } from '../components/procedure-guide/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { addJsonScript, captureConsole, exampleSettings, mount, textOf } from './helpers/dom.js';
import { completeReprint, formTestHooks, outcome, submit } from './helpers/form.js';
import { waitUntil } from './helpers/wait.js';

const worker = setupWorker();
let ratings: unknown[] = [];
let failNext = 0;
formTestHooks(worker, () => {
  ratings = [];
  failNext = 0;
});
const RATINGS_URL = `${location.origin}/msw/ratings`;
const useRatings = () =>
  worker.use(
    http.post('/msw/ratings', async ({ request }) => {
      if (failNext > 0) {
        failNext--;
        return new HttpResponse(null, { status: 503 });
      }
      ratings.push(await request.json());
      return HttpResponse.json({}, { status: 201 });
    }),
  );

/** The example comune whose settings say where ratings go (and more, as `extra` adds). */
async function ratedComune(extra: Record<string, unknown> = {}) {
  addJsonScript({ ...(await exampleSettings()), rating: { url: RATINGS_URL }, ...extra }, { id: 'rated' });
}

const card = (lang = 'it') => mount<CieProcedureGuide>(html`<cie-procedure-guide config="rated" mode="service-card" lang=${lang}></cie-procedure-guide>`);
const inPage = (selector: string) => document.querySelector<HTMLElement>(selector);

/** Seen as the checker judges it: laid out, not hidden, inside the viewport's top. */
function checkerSees(element: Element | null): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  return getComputedStyle(element).visibility !== 'hidden' && rect.top > 0 && rect.bottom > 0 && rect.height > 0 && rect.width > 0;
}

const LIKED = ['Le indicazioni erano chiare', 'Le indicazioni erano complete', 'Capivo sempre che stavo procedendo correttamente', 'Non ho avuto problemi tecnici', 'Altro'];
const DIFFICULTIES = ['A volte le indicazioni non erano chiare', 'A volte le indicazioni non erano complete', 'A volte non capivo se stavo procedendo correttamente', 'Ho avuto problemi tecnici', 'Altro'];
const textsIn = (root: Element, marker: string) => [...root.querySelectorAll(`[data-element="${marker}"]`)].map((node) => node.textContent!.trim());

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabUntil(selector: string, limit = 200): Promise<HTMLElement> {
  const focused = () => document.activeElement?.matches(selector);
  for (let i = 0; i < limit && !focused(); i++) await sendKeys({ press: 'Tab' });
  if (!focused()) throw new Error(`Tab never reached ${selector}`);
  return document.activeElement as HTMLElement;
}

describe('the service rating', () => {
  it('the card’s rating as AgID’s checker tries it: the question, 5 stars, each with its follow-up, the text field (C.SI.2.6)', async () => {
    useRatings();
    await ratedComune();
    const el = await card();
    await expect(el).to.be.accessible();
    const feedback = inPage('[data-element="feedback"]')!;
    expect(feedback, 'in the light DOM').to.not.equal(null);
    expect(feedback.querySelector('[data-element="feedback-title"]')!.textContent!.trim()).to.equal('Quanto sono chiare le informazioni su questa pagina?');
    expect(feedback.querySelector('[data-element="feedback-input-text"]')).to.not.equal(null);
    // Both follow-ups are there before any star is chosen (the checker looks for them first), neither shown.
    const positive = () => inPage('[data-element="feedback-rating-positive"]');
    const negative = () => inPage('[data-element="feedback-rating-negative"]');
    expect(positive()).to.not.equal(null);
    expect(negative()).to.not.equal(null);
    expect(checkerSees(positive()) || checkerSees(negative())).to.equal(false);

    for (let stars = 1; stars <= 5; stars++) {
      inPage(`[data-element="feedback-rate-${stars}"]`)!.click();
      await el.updateComplete;
      const shown = stars >= 4 ? positive()! : negative()!;
      const hidden = stars >= 4 ? negative()! : positive()!;
      expect(checkerSees(shown), `${stars} stars: its follow-up is seen`).to.equal(true);
      expect(checkerSees(hidden), `${stars} stars: the other follow-up is not`).to.equal(false);
      expect(textsIn(shown, 'feedback-rating-question')).to.deep.equal([stars >= 4 ? 'Quali sono stati gli aspetti che hai preferito?' : 'Dove hai incontrato le maggiori difficoltà?']);
      expect(textsIn(shown, 'feedback-rating-answer')).to.deep.equal(stars >= 4 ? LIKED : DIFFICULTIES);
      // The star reads as itself to a screen reader, and the stars up to it are filled.
      expect(textOf(inPage(`[data-element="feedback-rate-${stars}"]`)!)).to.equal(`Valuta ${stars} stelle su 5`);
      expect(feedback.querySelectorAll('label.filled').length).to.equal(stars);
    }
    await expect(el).to.be.accessible();
    expect(ratings, 'choosing stars sends nothing yet').to.deep.equal([]);
  });

  it('a citizen rates the page by keyboard alone; the comune receives stars, answer and words, and nothing personal', async () => {
    useRatings();
    await ratedComune();
    await card();
    const firstStar = await tabUntil('.cie-rating input[type=radio]');
    expect(firstStar.id).to.match(/-star-1$/);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => checkerSees(inPage('[data-element="feedback-rating-positive"]')), '4 stars did not open what the citizen liked');
    await tabUntil('[data-element="feedback-rating-positive"] input');
    await sendKeys({ press: 'Space' });
    const next = await tabUntil('.cie-rating button.btn-primary');
    expect(next.textContent!.trim()).to.equal('Avanti');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement?.matches('[data-element="feedback-input-text"]'), 'the words’ field did not take focus');
    expect(textOf(inPage('.cie-rating [data-step="2"]')!)).to.contain('Vuoi aggiungere altri dettagli?');
    await expect(inPage('.cie-rating')!).to.be.accessible();
    await sendKeys({ type: 'Tutto chiaro, grazie' });
    const send = await tabUntil('.cie-rating button.btn-primary');
    expect(send.textContent!.trim()).to.equal('Invia');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement?.textContent?.includes('Grazie, il tuo parere ci aiuterà a migliorare il servizio!'), 'no thanks, with focus');
    expect(ratings).to.deep.equal([
      { schemaVersion: 1, comune: 'esempio', variant: 'page', page: `${location.origin}${location.pathname}`, stars: 4, aspect: 'clear', details: 'Tutto chiaro, grazie', locale: 'it' },
    ]);
    await expect(inPage('.cie-rating')!).to.be.accessible();
  });

  it('a rating that does not arrive says so, keeps the words, and goes on the next try; Indietro goes back a step', async () => {
    useRatings();
    failNext = 4;
    await ratedComune();
    const el = await card();
    inPage('[data-element="feedback-rate-2"]')!.click();
    await el.updateComplete;
    const button = (label: string) => [...document.querySelectorAll<HTMLButtonElement>('.cie-rating button')].find((b) => b.textContent!.trim() === label)!;
    button('Avanti').click();
    await el.updateComplete;
    // Back to the follow-up, then on again: nothing chosen is required.
    button('Indietro').click();
    await waitUntil(() => checkerSees(inPage('[data-element="feedback-rating-negative"]')), 'Indietro did not go back to the follow-up');
    button('Avanti').click();
    await el.updateComplete;
    const words = document.querySelector<HTMLInputElement>('[data-element="feedback-input-text"]')!;
    words.value = 'Non sapevo se servisse la foto della carta';
    words.dispatchEvent(new Event('input'));
    button('Invia').click();
    await waitUntil(() => inPage('.cie-rating [role=alert]'), 'no message when the rating did not arrive');
    expect(textOf(inPage('.cie-rating [role=alert]')!)).to.equal('La valutazione non è stata inviata: controlla la connessione e premi di nuovo «Invia».');
    expect(words.value).to.equal('Non sapevo se servisse la foto della carta');
    await expect(inPage('.cie-rating')!).to.be.accessible();
    failNext = 0;
    button('Invia').click();
    await waitUntil(() => ratings.length === 1, 'the second try did not arrive');
    expect(ratings[0]).to.deep.include({ stars: 2, details: 'Non sapevo se servisse la foto della carta' });
    expect(ratings[0]).to.not.have.property('aspect');
  });

  it('no second rating where the theme has one, none where the settings say nowhere to keep it; in English, English words', async () => {
    useRatings();
    await ratedComune();
    const theme = document.createElement('div');
    theme.dataset.element = 'feedback';
    document.body.prepend(theme);
    try {
      const { infos } = await captureConsole(() => card());
      expect(document.querySelectorAll('[data-element="feedback"]').length).to.equal(1);
      expect(infos.join('\n')).to.contain('data-element="feedback"');
    } finally {
      theme.remove();
    }
    document.querySelectorAll('cie-procedure-guide').forEach((guide) => guide.remove());
    const unrated = await exampleSettings();
    delete unrated.rating;
    addJsonScript(unrated, { id: 'unrated' });
    const { infos } = await captureConsole(() => mount(html`<cie-procedure-guide config="unrated" mode="service-card" lang="it"></cie-procedure-guide>`));
    expect(inPage('[data-element="feedback"]')).to.equal(null);
    expect(infos.join('\n')).to.contain('no `rating.url`');
    document.querySelectorAll('cie-procedure-guide').forEach((guide) => guide.remove());

    const el = await card('en');
    expect(inPage('[data-element="feedback-title"]')!.textContent!.trim()).to.equal('How clear is the information on this page?');
    await expect(el).to.be.accessible();
  });

  it('once a request is sent, the form asks how easy the service was (C.SE.1.7) and sends it with the request’s name', async () => {
    useRatings();
    worker.use(http.post('/msw/reprint', () => HttpResponse.json({ reference: 'ESE-2026-000042', receivedAt: '2026-12-04T10:30:00Z' }, { status: 201 })));
    await ratedComune();
    const el = await mount<CieReprintForm>(html`<cie-reprint-form config="rated" endpoint="/msw/reprint" lang="it"></cie-reprint-form>`);
    await completeReprint(el);
    await submit(el);
    await outcome(el);
    const rating = () => el.shadowRoot!.querySelector<HTMLElement>('.cie-rating');
    await waitUntil(rating, 'no rating after the receipt');
    expect(rating()!.querySelector('[data-element="feedback-title"]')!.textContent!.trim()).to.equal('Quanto è stato facile usare questo servizio?');
    await expect(el).to.be.accessible();
    rating()!.querySelector<HTMLElement>('[data-element="feedback-rate-5"]')!.click();
    await el.updateComplete;
    rating()!.querySelector<HTMLElement>('[data-element="feedback-rating-positive"] label')!.click();
    const click = (label: string) => [...rating()!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!.click();
    click('Avanti');
    await el.updateComplete;
    click('Invia');
    await waitUntil(() => ratings.length === 1, 'the rating did not arrive');
    expect(ratings[0]).to.deep.include({ variant: 'service', request: 'reprint', stars: 5, aspect: 'clear', comune: 'esempio' });
    await waitUntil(() => textOf(el).includes('Grazie, il tuo parere ci aiuterà a migliorare il servizio!'), 'no thanks');
    // The receipt stays above it: the rating is an addition, not the end of the story.
    expect(textOf(el)).to.contain('ESE-2026-000042');
  });

  it('the card’s header, for a page whose theme prints none: title, status, short description, topics — and none over the theme’s', async () => {
    await ratedComune({
      serviceCard: { topics: [{ title: { it: 'Anagrafe e stato civile', en: 'Registry' }, url: 'https://www.comune.esempio.it/argomenti/anagrafe' }] },
    });
    const el = await mount<CieProcedureGuide>(html`<cie-procedure-guide config="rated" mode="service-card" header lang="it"></cie-procedure-guide>`);
    const page = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');
    expect(page.querySelector('h1[data-element="service-title"]')!.textContent!.trim()).to.equal('Recupero PIN e PUK della carta d’identità elettronica');
    expect(page.querySelector('[data-element="service-status"]')!.textContent!.trim()).to.equal('Servizio attivo');
    expect(page.querySelector('[data-element="service-description"]')!.textContent!.trim().length).to.be.above(3);
    expect([...page.querySelectorAll('[data-element="service-topic"]')].map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Anagrafe e stato civile', 'https://www.comune.esempio.it/argomenti/anagrafe'],
    ]);
    await expect(el).to.be.accessible();
    el.remove();

    // A suspended service says so, with the comune's reason.
    addJsonScript({ ...(await exampleSettings()), serviceCard: { inactiveReason: { it: 'Il servizio riprende il 7 gennaio.' } } }, { id: 'suspended' });
    const suspended = await mount<CieProcedureGuide>(html`<cie-procedure-guide config="suspended" mode="service-card" data-header lang="it"></cie-procedure-guide>`);
    expect(textOf(suspended.querySelector('.cmp-heading')!)).to.contain('Servizio non attivo Il servizio riprende il 7 gennaio.');
    suspended.remove();

    const themeTitle = document.createElement('h1');
    themeTitle.dataset.element = 'service-title';
    themeTitle.textContent = 'Recupero PIN e PUK';
    document.body.prepend(themeTitle);
    try {
      await captureConsole(() => mount(html`<cie-procedure-guide config="rated" mode="service-card" header lang="it"></cie-procedure-guide>`));
      expect(document.querySelectorAll('[data-element="service-title"]').length).to.equal(1);
      expect(document.querySelector('.cmp-heading')).to.equal(null);
    } finally {
      themeTitle.remove();
    }
  });
});

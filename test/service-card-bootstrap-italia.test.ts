// A comune's service page as the Designers Italia template builds it: Bootstrap Italia
// 2.x's CSS (the npm package), the service card in the page, the booking link and a form
// beside it. Its own file, so the stylesheet is on the page before any element starts.
// Screenshots of each width go to dist/screenshots/ for a reviewer.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../components/appointment-link/index.js';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { addJsonScript, exampleSettings, removeAddedScripts, textOf } from './helpers/dom.js';
import { completeReprint, outcome, submit } from './helpers/form.js';

const BOOTSTRAP_ITALIA = '/node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css';

describe('the service card on a page styled by Bootstrap Italia', () => {
  let page: HTMLElement;

  before(async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: BOOTSTRAP_ITALIA });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    const settings = await exampleSettings();
    addJsonScript({ ...settings, privacyNoticeUrl: 'https://www.comune.esempio.it/privacy', booking: { ...settings.booking, url: 'https://prenota.comune.esempio.it/cie' } }, { id: 'bi-page' });
  });
  // A fresh page for each test: fixtures are removed after each.
  beforeEach(async () => {
    page = await fixture<HTMLElement>(html`<main class="container">
      <h1 data-element="service-title">Recupero PIN e PUK della carta d’identità elettronica</h1>
      <cie-procedure-guide config="bi-page" mode="service-card" lang="it"></cie-procedure-guide>
      <cie-appointment-link config="bi-page" lang="it"></cie-appointment-link>
      <cie-reprint-form id="richiesta" config="bi-page" lang="it"></cie-reprint-form>
    </main>`);
    for (const element of page.querySelectorAll<CieElement>('cie-procedure-guide, cie-appointment-link, cie-reprint-form')) await element.ready;
  });
  after(async () => {
    removeAddedScripts();
    await setViewport({ width: 800, height: 600 });
  });

  it('Bootstrap Italia does the drawing: none of the card’s own fallback rules are on the page', () => {
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bootstrap-italia-version').trim()).to.not.equal('');
    const ours = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => text.includes('.cie-service-card'));
    // Only the zero-specificity defaults for the Designers Italia theme's own classes.
    expect(ours.length).to.be.greaterThan(0);
    expect(ours.every((text) => text.startsWith(':where('))).to.equal(true);
    // Bootstrap Italia's button, as its own buttons are drawn.
    const button = page.querySelector<HTMLElement>('#cie-sc-access .btn-primary')!;
    const own = Object.assign(document.createElement('a'), { className: 'btn btn-primary', href: '#', textContent: 'Prova' });
    page.append(own);
    try {
      for (const property of ['backgroundColor', 'borderRadius', 'fontWeight', 'paddingLeft'] as const) {
        expect(getComputedStyle(button)[property], property).to.equal(getComputedStyle(own)[property]);
      }
    } finally {
      own.remove();
    }
  });

  for (const [width, height] of [
    [1280, 900],
    [360, 800],
  ]) {
    it(`at ${width} px: the index beside or above the sections, nothing wider than the screen, accessible`, async () => {
      await setViewport({ width, height });
      const index = page.querySelector('.col-lg-3')!.getBoundingClientRect();
      const sections = page.querySelector('.col-lg-8')!.getBoundingClientRect();
      if (width >= 992) expect(index.right).to.be.at.most(sections.left);
      else expect(index.bottom).to.be.at.most(sections.top);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const booking = page.querySelector<HTMLElement>('a[data-element="appointment-booking"]')!;
      expect(booking.getBoundingClientRect().height).to.be.at.least(44);
      expect(getComputedStyle(booking).textDecorationLine).to.equal('none');
      await expect(page).to.be.accessible();
      await executeServerCommand('screenshot', { name: `service-page-bootstrap-italia-${width}` });
    });
  }

  it('the form is drawn as Bootstrap Italia draws its own, beside them, and takes the site’s theme colour', async () => {
    await setViewport({ width: 1280, height: 900 });
    page.hidden = true; // the screenshot shows the two forms alone
    const own = await fixture<HTMLElement>(html`<div class="row">
      <form class="col-6" aria-label="Modulo di Bootstrap Italia">
        <div class="form-group"><label class="active" for="bi-name">Nome</label><input class="form-control" id="bi-name" /></div>
        <fieldset>
          <legend>Quali codici ti servono?</legend>
          <div class="form-check"><input class="form-check-input" type="radio" name="bi-codes" id="bi-both" /><label class="form-check-label" for="bi-both">PIN e PUK</label></div>
        </fieldset>
        <button class="btn btn-primary" type="button">Invia</button>
      </form>
      <div class="col-6"><cie-reprint-form config="bi-page" lang="it"></cie-reprint-form></div>
    </div>`);
    const form = own.querySelector<CieElement>('cie-reprint-form')!;
    await form.ready;
    const ours = (selector: string) => getComputedStyle(form.shadowRoot!.querySelector(selector)!);
    const theirs = (selector: string) => getComputedStyle(own.querySelector(selector)!);
    // Inputs: a bottom border only, the page's font.
    expect(ours('#field-holderGivenName').borderTopWidth).to.equal('0px');
    expect(ours('#field-holderGivenName').borderBottomWidth).to.equal('1px');
    expect(ours('#field-holderGivenName').fontFamily).to.equal(theirs('#bi-name').fontFamily);
    // Radios: 20 px rings, as Bootstrap Italia's.
    const radio = ours('input[type=radio]');
    expect([radio.appearance, radio.width, radio.borderRadius]).to.deep.equal(['none', '20px', '50%']);
    // The primary button: its colour, its weight, its corners.
    for (const property of ['backgroundColor', 'fontWeight', 'borderTopLeftRadius'] as const) {
      expect(ours('button.primary')[property], property).to.equal(theirs('.btn-primary')[property]);
    }
    await expect(own).to.be.accessible();
    await executeServerCommand('screenshot', { name: 'reprint-form-beside-bootstrap-italia-1280' });
    // A comune's themed Bootstrap Italia sets --bs-primary: the widget follows it.
    own.style.setProperty('--bs-primary', 'rgb(0, 90, 60)');
    expect(ours('button.primary').backgroundColor).to.equal('rgb(0, 90, 60)');
  });

  it('on a phone, the form’s errors and then its receipt, each accessible on the themed page', async function () {
    sessionStorage.clear();
    await setViewport({ width: 360, height: 800 });
    page.hidden = true;
    const form = await fixture<CieElement>(html`<cie-reprint-form config="bi-page" endpoint="/test-api/requests" lang="it"></cie-reprint-form>`);
    await form.ready;
    await submit(form);
    const summary = form.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(getComputedStyle(summary).borderLeftWidth).to.equal('8px');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expect(form).to.be.accessible();
    await executeServerCommand('screenshot', { name: 'reprint-form-errors-bootstrap-italia-360' });
    await completeReprint(form);
    await submit(form);
    const receipt = await outcome(form);
    expect(textOf(receipt)).to.contain('Richiesta inviata');
    await expect(form).to.be.accessible();
    await executeServerCommand('screenshot', { name: 'reprint-form-receipt-bootstrap-italia-360' });
  });
});

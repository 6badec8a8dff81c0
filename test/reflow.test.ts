// WCAG 1.4.10 Reflow: at 320 CSS pixels nothing may need horizontal scrolling.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../components/cie-widgets.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { EXAMPLE_SETTINGS_URL, mount } from './helpers/dom.js';

/** Elements (shadow content included) whose right edge passes the viewport's. */
function overflowing(el: Element, width: number): string[] {
  const all = [...el.querySelectorAll('*'), ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])];
  return all
    .filter((node) => node.getBoundingClientRect().right > width + 0.5)
    .map((node) => `${node.localName}${node.id ? `#${node.id}` : ''}.${node.className}`);
}

const pages: [string, TemplateResult][] = [
  ['contacts card', html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} lang="de"></cie-contacts-card>`],
  ['appointment link', html`<cie-appointment-link comune="dalmine" lang="de"></cie-appointment-link>`],
  ['procedure guide', html`<cie-procedure-guide comune="dalmine" situation="no-contacts" lang="de"></cie-procedure-guide>`],
  ['service card', html`<cie-procedure-guide comune="trento" mode="service-card" lang="de"></cie-procedure-guide>`],
  ['reprint form', html`<cie-reprint-form comune="trento" endpoint="/nowhere" lang="de"></cie-reprint-form>`],
  ['contact update form', html`<cie-contact-update-form comune="dalmine" lang="de"></cie-contact-update-form>`],
  // An editor's long settings URL in the settings-problem view must wrap, not widen the page.
  ['settings problem', html`<cie-contacts-card config-src=${`/demo/settings/${'impostazioni-del-comune-'.repeat(8)}.json`} lang="de"></cie-contacts-card>`],
];

describe('reflow at 320 px (German, the longest words)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, template] of pages) {
    it(`${name}: nothing wider than the screen`, async () => {
      document.body.style.margin = '0';
      const el = await mount<CieElement>(template);
      expect(overflowing(el, 320)).to.deep.equal([]);
    });
  }

  it('on a right-to-left page the forms add no sideways scroll (the bots’ trap stays in place)', async () => {
    document.body.style.margin = '0';
    document.documentElement.dir = 'rtl';
    try {
      await mount<CieElement>(html`<div>
        <cie-reprint-form comune="trento" endpoint="/nowhere" lang="it"></cie-reprint-form>
        <cie-contact-update-form comune="trento" endpoint="/nowhere" lang="it"></cie-contact-update-form>
      </div>`);
      for (const form of document.querySelectorAll<CieElement>('cie-reprint-form, cie-contact-update-form')) await form.ready;
      expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  // Breaks where they must not: a phone number or an opening span split over two lines is misread.
  for (const lang of ['it', 'en', 'de']) {
    it(`phone numbers and opening times stay on one line (${lang})`, async () => {
      document.body.style.margin = '0';
      for (const template of [
        html`<cie-contacts-card comune="trento" lang=${lang}></cie-contacts-card>`,
        html`<cie-contacts-card config-src=${EXAMPLE_SETTINGS_URL} lang=${lang}></cie-contacts-card>`,
      ]) {
        const el = await mount<CieElement>(template);
        const unbreakable = [...el.shadowRoot!.querySelectorAll('a.tel, .nowrap')];
        expect(unbreakable.length).to.be.greaterThan(0);
        const lines = (node: Element) => new Set([...node.getClientRects()].map((rect) => Math.round(rect.top))).size;
        for (const node of unbreakable) expect(lines(node), node.textContent!).to.equal(1);
        expect(overflowing(el, 320)).to.deep.equal([]);
      }
    });
  }
});

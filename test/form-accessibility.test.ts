// What a screen reader and a keyboard meet after a first failed submit: the error summary read
// once (on focus), the page's title saying there is an error, a focus ring that can be seen,
// and focus kept when the language changes mid-form.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { $, mount, textOf } from './helpers/dom.js';
import { continueToReview, fillHolder, fillRest, tabTo, type } from './helpers/form.js';
import { waitUntil } from './helpers/wait.js';

const form = () => mount<CieReprintForm>(html`<cie-reprint-form comune="trento" lang="it"></cie-reprint-form>`);

/** WCAG's contrast ratio of two CSS colours `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('a request form after a failed submit, by screen reader and keyboard', () => {
  const title = document.title;
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Ristampa PIN e PUK – Comune di Esempio';
  });
  afterEach(() => (document.title = title));

  it('the error summary is read when it takes focus, not again at every key: no live region, a named group', async () => {
    const el = await form();
    await continueToReview(el);
    const summary = $(el, '.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('group');
    expect(textOf(el.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!)!)).to.equal('C’è un problema');
    const live = '[role=alert], [role=status], [aria-live]';
    expect(summary.closest(live), 'inside a live region').to.equal(null);
    expect(summary.querySelector(live), 'holding a live region').to.equal(null);
    await type(el, 'holderGivenName', 'G');
    await type(el, 'holderGivenName', 'Giu');
    expect(summary.querySelector(live)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the page’s title says "Errore:" while errors show, and is as it was once they are fixed', async () => {
    const el = await form();
    await continueToReview(el);
    await waitUntil(() => document.title === 'Errore: Ristampa PIN e PUK – Comune di Esempio', `the title is «${document.title}»`);
    await fillHolder(el);
    await fillRest(el);
    await waitUntil(() => document.title === 'Ristampa PIN e PUK – Comune di Esempio', `the title is «${document.title}»`);
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Continue'), 'the form never spoke English');
    await type(el, 'email', '');
    await continueToReview(el);
    await waitUntil(() => document.title === 'Error: Ristampa PIN e PUK – Comune di Esempio', `the title is «${document.title}»`);
    el.remove();
    expect(document.title, 'a form taken off the page takes its word away').to.equal('Ristampa PIN e PUK – Comune di Esempio');
  });

  it('the focus ring stands out 3:1 from the white around it (the theme’s orange alone is 2.1:1)', async () => {
    const el = await form();
    await tabTo(el, 'field-holderGivenName');
    const field = $(el, '#field-holderGivenName')!;
    const style = getComputedStyle(field);
    const around = getComputedStyle($(el, '.card')!).backgroundColor;
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(contrast(style.outlineColor, around), `${style.outlineColor} on ${around}`).to.be.at.least(3);
    expect(contrast('rgb(255, 153, 0)', around)).to.be.below(3); // why the dark band is there
  });

  it('changing the language mid-form keeps focus in the question being answered, and what was typed', async () => {
    const el = await form();
    await tabTo(el, 'field-holderGivenName');
    await sendKeys({ type: 'Giu' });
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Continue'), 'the form never spoke English');
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-holderGivenName');
    expect(($(el, '#field-holderGivenName') as HTMLInputElement).value).to.equal('Giu');
  });
});

// "Stampa il riepilogo" on a comune that takes requests at the counter (Dalmine): what the
// printer gets is one A4 sheet with the comune, the date, the answers, what to bring and a
// line to sign — not the page around it. Printed by Chromium itself (page.pdf) and seen
// with print media emulated.
import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../components/contacts-card/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { addJsonScript, removeAddedScripts, textOf } from './helpers/dom.js';
import { completeReprint, outcome, submit, submitFilledReprint } from './helpers/form.js';

describe('printing the summary for the counter', () => {
  const print = window.print;
  let printed = 0;
  beforeEach(() => {
    sessionStorage.clear();
    printed = 0;
    window.print = () => void printed++; // the real dialog would wait for a person
  });
  afterEach(async () => {
    removeAddedScripts();
    window.print = print;
    await executeServerCommand('emulate-media', { media: 'screen' });
  });

  it('prints one A4 sheet in Italian with the comune, the date, the answers, what to bring and a signature line, and nothing of the page around it', async function () {
    const page = await fixture<HTMLElement>(html`<div>
      <p id="host-text">Testo della pagina del Comune</p>
      <cie-reprint-form comune="dalmine" lang="en"></cie-reprint-form>
      <cie-contacts-card comune="dalmine" lang="it"></cie-contacts-card>
    </div>`);
    const form = page.querySelector<CieReprintForm>('cie-reprint-form')!;
    await form.ready;
    await submitFilledReprint(form);
    const summary = await outcome(form);
    [...summary.querySelectorAll('button')].find((b) => textOf(b) === 'Print the summary')!.click();
    await waitUntil(() => printed === 1, 'the print dialog was not asked for');

    const sheet = document.querySelector<HTMLElement>('body > .cie-print-sheet')!;
    expect(sheet.shadowRoot, 'the page’s scripts see an empty box').to.equal(null);
    expect(sheet.textContent).to.equal('');
    const printing = (await executeServerCommand('print-sheet')) as { lang: string; text: string };
    expect(printing.lang).to.equal('it');
    const text = printing.text;
    expect(text).to.contain('Comune di Dalmine');
    expect(text).to.contain('Richiesta di ristampa dei codici PIN e PUK');
    expect(text).to.contain(new Intl.DateTimeFormat('it', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date()));
    expect(text).to.contain('RSSMRA70A01H501S');
    expect(text).to.contain('La carta d’identità elettronica');
    expect(text).to.contain('Firma del richiedente');

    expect(sheet.checkVisibility()).to.equal(false); // on screen, nothing changes
    await executeServerCommand('emulate-media', { media: 'print' });
    expect(sheet.checkVisibility()).to.equal(true);
    expect(page.checkVisibility()).to.equal(false); // the host page, the form, the other card
    expect(((await executeServerCommand('print-pdf')) as { pages: number }).pages).to.equal(1);

    // The dialog closed: the page is as it was.
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.cie-print-sheet')).to.equal(null);
    expect(document.body.classList.contains('cie-printing')).to.equal(false);
  });

  it('prints the receipt of a request sent to a real endpoint: in the citizen’s language, dated by the server’s clock, one A4 page', async function () {
    // A real HTTP server on this machine, same origin: its Date header is the time of receipt.
    addJsonScript({ requests: { reprint: { channel: { type: 'endpoint', url: `${location.origin}/test-api/requests` } } } }, { id: 'real-endpoint' });
    const page = await fixture<HTMLElement>(html`<div><cie-reprint-form comune="trento" config="real-endpoint" lang="en"></cie-reprint-form></div>`);
    const form = page.querySelector<CieReprintForm>('cie-reprint-form')!;
    await form.ready;
    await completeReprint(form);
    await submit(form);
    const receipt = await outcome(form);
    expect(textOf(receipt.querySelector('.received')!)).to.match(/^Received on: /);
    expect(textOf(receipt)).to.match(/Expected by: \w+ \d{1,2}, \d{4}\./);
    [...receipt.querySelectorAll('button')].find((b) => textOf(b) === 'Print the receipt')!.click();
    await waitUntil(() => printed === 1, 'the print dialog was not asked for');

    const sheet = (await executeServerCommand('print-sheet')) as { lang: string; title: string; text: string };
    expect(sheet.lang).to.equal('en');
    expect(sheet.title).to.equal('Comune di Trento');
    const reference = textOf(receipt.querySelector('.reference')!);
    expect(sheet.text).to.contain(`Request number: ${reference}`);
    expect(sheet.text).to.contain('Expected by:');
    await executeServerCommand('emulate-media', { media: 'print' });
    expect(page.checkVisibility()).to.equal(false);
    expect(((await executeServerCommand('print-pdf')) as { pages: number }).pages).to.equal(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.cie-print-sheet')).to.equal(null);
  });

  it('the answers never reach the page’s own DOM: a page script watching it sees an empty box, gone at the next touch where the browser never says the print ended', async () => {
    const page = await fixture<HTMLElement>(html`<div><cie-reprint-form comune="dalmine" lang="it"></cie-reprint-form></div>`);
    const form = page.querySelector<CieReprintForm>('cie-reprint-form')!;
    await form.ready;
    await submitFilledReprint(form);
    const seen: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) seen.push(node.textContent ?? '', (node as Element).outerHTML ?? '');
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    [...(await outcome(form)).querySelectorAll('button')].find((b) => textOf(b) === 'Stampa il riepilogo')!.click();
    await waitUntil(() => printed === 1, 'the print dialog was not asked for');
    expect(((await executeServerCommand('print-sheet')) as { text: string }).text).to.contain('RSSMRA70A01H501S');
    await Promise.resolve(); // the observer's records are delivered
    watcher.disconnect();
    expect(seen.join(' ')).to.not.contain('RSSMRA70A01H501S');
    expect(seen.join(' ')).to.not.contain('Rossi');

    // No afterprint (as on some phones): the citizen's next touch on the page clears it.
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(document.querySelector('.cie-print-sheet')).to.equal(null);
    expect(document.body.classList.contains('cie-printing')).to.equal(false);
  });
});

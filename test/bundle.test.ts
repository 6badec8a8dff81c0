// The built bundle (npm test builds first), as an editor would paste it into a page.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { CieElement } from '../components/shared/cie-element.js';
import type { CSSResult } from 'lit';
import { CieAppointmentLink } from '../components/appointment-link/appointment-link.js';
import { CieContactUpdateForm } from '../components/contact-update-form/contact-update-form.js';
import { CieContactsCard } from '../components/contacts-card/contacts-card.js';
import { CieProcedureGuide } from '../components/procedure-guide/procedure-guide.js';
import { CieReprintForm } from '../components/reprint-form/reprint-form.js';
import { textOf } from './helpers/dom.js';
import { attach, fillHolder, settledAfterSubmit, submitFilledReprint } from './helpers/form.js';
import { requestSchema } from '../src/requests/schema.js';
import { loadPreset } from '../src/presets/index.js';
import { sealed } from '../src/settings/seal.js';
import { ELEMENT_TAGS } from '../src/elements.js';

type ProbeWindow = Window & typeof globalThis & { cspViolations: string[]; pageErrors: string[]; bundlesLoaded?: boolean };

async function openPage(url: string): Promise<ProbeWindow> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as ProbeWindow;
  await waitUntil(() => win.bundlesLoaded, 'bundles did not load');
  for (const el of win.document.querySelectorAll<CieElement>(ELEMENT_TAGS.join())) {
    await el.ready;
  }
  return win;
}

describe('the built bundle in a page with a strict Content-Security-Policy', () => {
  let page: ProbeWindow;
  before(async () => {
    page = await openPage('/test/pages/strict-csp.html');
  });

  it('renders every element with no CSP violation', () => {
    expect(page.cspViolations).to.deep.equal([]);
    const card = page.document.querySelector('cie-contacts-card')!;
    const booking = page.document.querySelector('cie-appointment-link')!;
    const [guide, serviceCard] = page.document.querySelectorAll('cie-procedure-guide');
    expect(textOf(card)).to.contain('(+39) 0461 884291');
    expect(textOf(booking)).to.contain('Prenota l’appuntamento');
    // A locale chunk loads on demand under the same policy.
    expect(textOf(guide)).to.contain('Beantragen Sie bei der Gemeinde den Neudruck von PIN und PUK');
    expect(serviceCard.querySelector('[data-element="service-how-to"]')).to.not.equal(null);
    // The service's JSON-LD is written under Trusted Types too (through Lit's own policy).
    expect(JSON.parse(serviceCard.querySelector('script[data-element="metatag"]')!.textContent!).serviceOperator.name).to.equal('Comune di Dalmine');
    expect(textOf(page.document.querySelector('cie-reprint-form')!)).to.contain('Request to reprint the PIN and PUK codes');
    expect(textOf(page.document.querySelector('cie-contact-update-form')!)).to.contain('Nuovi contatti');
  });

  it('draws a photo preview without a CSP violation (no blob: or data: image)', async () => {
    const form = page.document.querySelector('cie-reprint-form')!;
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('#field-cardFront')!;
    const canvas = page.document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 200;
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const transfer = new page.DataTransfer();
    transfer.items.add(new page.File([blob], 'fronte.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new page.Event('change'));
    await waitUntil(() => form.shadowRoot!.querySelector('#chosen-cardFront canvas'), 'no preview');
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('loaded twice (CDN file and per-element build), raises nothing', () => {
    expect(page.pageErrors).to.deep.equal([]);
    // The first copy's element stays registered and in use.
    expect(page.customElements.get('cie-contacts-card')).to.equal(page.document.querySelector('cie-contacts-card')!.constructor);
  });

  it('makes no third-party request', () => {
    const origins = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
    expect(origins.filter((origin) => origin !== location.origin)).to.deep.equal([]);
  });
});

/** Submits a form as a citizen clicks (through the review of the answers), and returns what then has focus (the error summary, the outcome). */
async function submitAndSettle(form: CieReprintForm): Promise<HTMLElement> {
  const click = async () => {
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settledAfterSubmit(form);
    await waitUntil(() => form.shadowRoot!.activeElement?.matches('.error-summary, #outcome, #review'), 'nothing took focus after the submit');
  };
  await click();
  if (form.shadowRoot!.activeElement?.id === 'review') await click();
  return form.shadowRoot!.activeElement as HTMLElement;
}

describe('the pinned CDN folder (dist/cdn/cie-widgets@<version>/)', () => {
  /** A blank page with the snippet an editor pastes: true once its script ran, false when the browser refused it. */
  async function pageWith(src: string, integrity: string, page = '/test/pages/pinned.html'): Promise<{ win: Window; ran: boolean; violations: string[] }> {
    const frame = document.createElement('iframe');
    frame.src = page;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    // The page has a strict CSP: the loader, its preloads and the elements must not break it.
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    const script = doc.createElement('script');
    Object.assign(script, { type: 'module', src: new URL(src, location.href).href, integrity, crossOrigin: 'anonymous' });
    const ran = new Promise<boolean>((resolve) => {
      script.addEventListener('load', () => resolve(true), { once: true });
      script.addEventListener('error', () => resolve(false), { once: true });
    });
    doc.head.append(script);
    return { win: frame.contentWindow!, ran: await ran, violations };
  }

  it('elements inside a theme’s shadow roots are defined too: declarative shadow DOM, and a component added later', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const base = `/test-api/cdn/cie-widgets@${version}/`;
    const pinned = await (await fetch(`${base}integrity.json`)).json();
    const { win, ran } = await pageWith(`${base}cie-widgets.js`, pinned['cie-widgets.js'], '/test/pages/shadow.html');
    expect(ran).to.equal(true);
    const inBox = win.document.querySelector('theme-box')!.shadowRoot!.querySelector<CieElement>('cie-contacts-card')!;
    await waitUntil(() => win.customElements.get('cie-contacts-card'), 'the card in the theme’s shadow root was never defined');
    await inBox.ready;
    expect(textOf(inBox)).to.contain('(+39) 0461 884291');
    // A component the page adds later, with a shadow root of its own holding another element.
    const later = win.document.createElement('div');
    win.document.body.append(later);
    later.attachShadow({ mode: 'open' }).innerHTML = '<cie-appointment-link comune="trento"></cie-appointment-link>';
    await waitUntil(() => win.customElements.get('cie-appointment-link'), 'the link in a shadow root added later was never defined');
    const link = later.shadowRoot!.querySelector<CieElement>('cie-appointment-link')!;
    await link.ready;
    expect(textOf(link)).to.not.equal('');
  });

  it('the pasted snippet’s preload lines bring every file in the round of the script; stale or missing lines cost only time', async () => {
    /** The pasted page from the far CDN (400 ms a file): what it fetched once the form shows. */
    async function pasted(query: string) {
      const frame = document.createElement('iframe');
      frame.src = `/test-api/pasted/visit-${Math.random().toString(36).slice(2)}/?${query}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const form = frame.contentDocument!.querySelector('cie-reprint-form')!;
      await waitUntil(() => form.shadowRoot?.querySelector('#field-holderGivenName'), `the form did not show (${query || 'with its lines'})`);
      const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const loader = entries.find((e) => e.name.endsWith('/cie-widgets.js'))!;
      const files = entries.filter((e) => e.name.includes('/elements/') && e.responseStatus === 200);
      return { loader, files, entries };
    }
    const hinted = await pasted('');
    // The element, its chunks and the preset: all asked for before the loader had even arrived.
    expect(hinted.files.map((e) => new URL(e.name).pathname.split('/').pop()!.split('-')[0])).to.include.members(['cie', 'core', 'forms', 'guide', 'trento']);
    for (const file of hinted.files) expect(file.startTime, file.name).to.be.below(hinted.loader.responseEnd);
    // A page edited by hand, without them: the same files, a round later (asked by the loader once it ran).
    const bare = await pasted('without');
    expect(bare.files.length).to.equal(hinted.files.length);
    for (const file of bare.files) expect(file.startTime, file.name).to.be.at.least(bare.loader.responseEnd);
    // Lines of an older release: their files are gone; the loader asks for this release's.
    const stale = await pasted('stale');
    expect(stale.entries.some((e) => e.name.includes('-OLD000.js')), 'the stale lines were tried').to.equal(true);
    expect(stale.files.length).to.equal(hinted.files.length);
  });

  it('the snippet’s integrity hash admits the entry, a wrong one is refused by the browser', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const base = `/test-api/cdn/cie-widgets@${version}/`;
    const pinned = await (await fetch(`${base}integrity.json`)).json();
    const snippet = await (await fetch(`${base}snippet.html`)).text();
    expect(snippet).to.contain(`integrity="${pinned['cie-widgets.js']}"`);
    const good = await pageWith(`${base}cie-widgets.js`, pinned['cie-widgets.js']);
    expect(good.ran).to.equal(true);
    await waitUntil(() => good.win.customElements.get('cie-contacts-card'), 'the pinned loader did not define the page’s element');
    const card = good.win.document.querySelector<CieElement>('cie-contacts-card')!;
    await card.ready;
    expect(textOf(card)).to.contain('(+39) 0461 884291'); // its preset loaded from beside it
    // Only what the page has: the card's files and Trento's preset, none of the forms' or the guide's.
    const fetched = () => good.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()!);
    expect(fetched().some((file) => file.startsWith('trento-'))).to.equal(true);
    expect(fetched().filter((file) => file.startsWith('settings-problems-')), 'the words for wrong settings').to.deep.equal([]);
    for (const tag of ['cie-appointment-link', 'cie-procedure-guide', 'cie-reprint-form', 'cie-contact-update-form']) {
      expect(good.win.customElements.get(tag), tag).to.equal(undefined);
      expect(fetched(), tag).to.not.include(`${tag}.js`);
    }
    // In English the card fetches its own words and those every element says, not the forms' or the guide's.
    const english = Object.assign(good.win.document.createElement('cie-contacts-card'), { lang: 'en' });
    english.setAttribute('comune', 'trento');
    good.win.document.body.append(english);
    await waitUntil(() => textOf(english).includes('Phone – Identity card'), 'the English card did not speak English');
    expect(textOf(english)).to.not.contain('Telefono');
    const translations = fetched().filter((file) => /^(en|de)-/.test(file));
    expect(translations).to.include('en-contacts.js');
    expect(translations.filter((file) => /^en-[\w-]*(reprint|guide)/.test(file) && !file.includes('contacts')), 'the forms’ or guide’s words').to.deep.equal([]);
    expect(translations.filter((file) => file.startsWith('de-')), 'another language').to.deep.equal([]);
    // A tag added later (a tab opened, a block rendered in the browser) is loaded then.
    good.win.document.body.append(good.win.document.createElement('cie-reprint-form'));
    await waitUntil(() => good.win.customElements.get('cie-reprint-form'), 'a tag added later was not loaded');
    expect(good.violations).to.deep.equal([]);
    const tampered = await pageWith(`${base}cie-widgets.js`, 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(tampered.ran, 'a script whose bytes do not match is refused').to.equal(false);
    expect(tampered.win.customElements.get('cie-contacts-card')).to.equal(undefined);
  });

  it('carries the licence notices of what its files bundle (Lit, @lit/localize, zod), and the licence', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const folder = `/test-api/cdn/cie-widgets@${version}/`;
    const notices = await (await fetch(`${folder}THIRD-PARTY-NOTICES.txt`)).text();
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', 'zod']) {
      const pkg = await (await fetch(`/node_modules/${name}/package.json`)).json();
      expect(notices, name).to.contain(`${name} ${pkg.version} (${pkg.license})`);
    }
    expect(notices).to.contain('Copyright (c) 2017 Google LLC');
    expect(notices).to.contain('Permission is hereby granted, free of charge'); // zod's MIT text
    expect(await (await fetch(`${folder}LICENSE`)).text()).to.contain('EUPL');
  });

  /** Trento's reprint form on a page from the folder at `base` (the pinned one, or a slow or incomplete copy). */
  async function pinnedForm(base: string, attributes: Record<string, string> = {}) {
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    const { win, violations } = await pageWith(`${base}cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
    const form = win.document.createElement('cie-reprint-form') as CieReprintForm;
    for (const [name, value] of Object.entries({ comune: 'trento', ...attributes })) form.setAttribute(name, value);
    win.document.body.append(form);
    await waitUntil(() => form.shadowRoot?.querySelector('#field-holderGivenName'), 'the form did not show');
    /** Whether the file `<name>.js` (a translation group) or `<name>-<hash>.js` was fetched. */
    const fetched = (name: string) =>
      win.performance.getEntriesByType('resource').some((e) => [`${name}.js`, `${name}-`].some((start) => new URL(e.name).pathname.split('/').pop()!.startsWith(start)));
    return { form, fetched, violations };
  }

  it('a form fetches what checking and sending need only once the citizen answers, and says so plainly when that cannot arrive', async () => {
    const { form, fetched, violations } = await pinnedForm('/test-api/cdn/');
    // Read, not answered: no checks of answers, no transport, no request contract, no zod.
    for (const name of ['sending', 'schema', 'schemas', 'check']) expect(fetched(name), name).to.equal(false);
    // A submit before any answer brings the checks: what is missing is listed, focused.
    const empty = await submitAndSettle(form);
    expect(empty.classList.contains('error-summary')).to.equal(true);
    expect(textOf(empty)).to.contain('Conferma di aver letto l’informativa privacy'); // never kept in a draft
    expect(fetched('sending')).to.equal(true);
    // The look of errors came with it: the missing answers are marked, not only listed.
    const marked = form.shadowRoot!.querySelector('.field.has-error')!;
    expect(form.ownerDocument.defaultView!.getComputedStyle(marked).borderLeftWidth).to.equal('4px');
    const outcome = await submitFilledReprint(form);
    expect(fetched('sending') && fetched('schema')).to.equal(true);
    expect(textOf(outcome)).to.contain('Il messaggio è pronto');
    expect(violations, 'the strict CSP of the page').to.deep.equal([]);

    // The same page from a folder that lost the sending code: the answers stay, the citizen is told.
    const broken = await pinnedForm('/test-api/cdn-without/sending/');
    const failed = new Promise<CustomEvent>((resolve) => broken.form.addEventListener('cie-submit-error', (e) => resolve(e as CustomEvent), { once: true }));
    const failure = await submitFilledReprint(broken.form);
    expect(textOf(failure)).to.contain('La richiesta non è stata inviata');
    expect(textOf(failure)).to.contain('I dati che hai scritto sono ancora qui');
    expect((await failed).detail.kind).to.equal('misconfigured');
    expect(broken.form.shadowRoot!.querySelector<HTMLInputElement>('#field-holderGivenName')!.value).to.equal('Mario');
    expect(broken.form.shadowRoot!.activeElement).to.equal(failure);
    await fillHolder(broken.form); // answering again asks again, and a second submit tells it again
    expect(textOf(await submitFilledReprint(broken.form))).to.contain('La richiesta non è stata inviata');

    // A card's copy chosen when the code to check it cannot arrive is kept as chosen, not lost.
    const uploading = await pinnedForm('/test-api/cdn-without/sending/', { endpoint: '/test-api/requests' });
    // The file as the form's own page makes it (a File of the test's page is another realm's).
    const Page = uploading.form.ownerDocument.defaultView as Window & typeof globalThis;
    await attach(uploading.form, 'cardFront', new Page.File(['%PDF-1.4 carta di prova'], 'fronte.pdf', { type: 'application/pdf' }));
    expect(textOf(uploading.form.shadowRoot!.querySelector('#chosen-cardFront')!)).to.contain('fronte.pdf');
  });

  it('the privacy notice’s points come with that code: opened first thing it says they are coming, then shows them; without it, says they did not arrive', async () => {
    const slow = await pinnedForm(`/test-api/cdn-slow/visit-${Math.random().toString(36).slice(2)}/`);
    const notice = slow.form.shadowRoot!.querySelector<HTMLDetailsElement>('.notice-text')!;
    expect(slow.fetched('sending'), 'before the notice is opened').to.equal(false);
    // A click that gives no focus (as some browsers' clicks do not): opening it asks for them.
    notice.querySelector('summary')!.click();
    await slow.form.updateComplete;
    expect(notice.open).to.equal(true);
    expect(textOf(notice.querySelector('[role=status]')!)).to.equal('Caricamento…');
    await waitUntil(() => notice.querySelector('dl'), 'the notice’s points did not come');
    expect(textOf(notice)).to.contain('Titolare del trattamento');
    expect(notice.querySelector('[role=status]')).to.equal(null);

    const broken = await pinnedForm('/test-api/cdn-without/sending/');
    const missing = broken.form.shadowRoot!.querySelector<HTMLDetailsElement>('.notice-text')!;
    missing.querySelector('summary')!.click();
    await waitUntil(() => textOf(missing).includes('Il testo non è arrivato'), 'the notice did not say its text did not arrive');
    expect(missing.querySelector('dl')).to.equal(null);
  });

  it('in English, the words of what follows a submit come with the code for sending, not with the page', async () => {
    const { form, fetched } = await pinnedForm('/test-api/cdn/', { lang: 'en' });
    expect(textOf(form)).to.contain('Who is applying?');
    // Words both forms say ("Email personale") are in the English of each.
    expect(textOf(form)).to.contain('Personal email');
    expect(fetched('en-reprint'), 'the form’s own words').to.equal(true);
    expect(fetched('en-sending'), 'before any answer').to.equal(false);
    const summary = await submitAndSettle(form);
    expect(fetched('en-sending')).to.equal(true);
    expect(textOf(summary)).to.contain('There is a problem');
    expect(textOf(summary)).to.contain('Confirm that you have read the privacy notice');
    expect(textOf(summary)).to.not.contain('C’è un problema');

    // The language changed once that code is here: its words come in the new language too.
    const later = (await pinnedForm('/test-api/cdn/')).form;
    expect(textOf(await submitAndSettle(later))).to.contain('C’è un problema');
    later.setAttribute('lang', 'de');
    await waitUntil(() => textOf(later).includes('Wer stellt den Antrag?'), 'the form did not change to German');
    expect(textOf(await submitAndSettle(later))).to.contain('Es gibt ein Problem');
  });

  it('every element in English or German from the pinned folder says nothing in Italian that has a translation', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    for (const lang of ['en', 'de']) {
      // The Italian of each translated sentence (long enough not to be a word both languages share).
      const xlf = new DOMParser().parseFromString(await (await fetch(`/locales/${lang}.xlf`)).text(), 'application/xml');
      const italian = [...xlf.querySelectorAll('trans-unit')]
        .map((unit) => ({ source: unit.querySelector('source')?.textContent ?? '', target: unit.querySelector('target')?.textContent ?? '' }))
        .filter(({ source, target }) => source.length >= 12 && source !== target && !source.includes('{') && !/<x /.test(source))
        .map(({ source }) => source);
      expect(italian.length, `${lang}.xlf read`).to.be.above(100);
      const { win } = await pageWith(`/test-api/cdn/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
      win.document.body.innerHTML = ELEMENT_TAGS
        .map((tag) => `<${tag} comune="dalmine" lang="${lang}"></${tag}>`)
        .join('');
      for (const el of win.document.body.children) {
        await waitUntil(() => el.shadowRoot?.querySelector('h2, .heading'), `${el.localName} did not show`);
        const said = textOf(el);
        expect(italian.filter((sentence) => said.includes(sentence)), `${el.localName} in ${lang}`).to.deep.equal([]);
      }
    }
  });

  it('a submit while the code for checking is still arriving (a slow phone) waits for it: busy, once, then what is missing', async () => {
    const { form } = await pinnedForm(`/test-api/cdn-slow/visit-${Math.random().toString(36).slice(2)}/`);
    const button = form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const heard: string[] = [];
    form.addEventListener('cie-submit', () => heard.push('cie-submit'));
    button.click();
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-busy'), 'the form says it is busy').to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(form.shadowRoot!.querySelector('.actions [role=status]')!), 'said to screen readers too').to.equal('Controllo delle risposte…');
    button.click(); // impatient: nothing more happens
    await waitUntil(() => form.shadowRoot!.querySelector('.error-summary'), 'no error summary');
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(textOf(form.shadowRoot!.querySelector('.actions [role=status]')!)).to.equal('');
    expect(textOf(summary)).to.contain('Conferma di aver letto l’informativa privacy');
    await waitUntil(() => form.shadowRoot!.activeElement === summary, 'the error summary did not take focus');
    expect(heard).to.deep.equal([]);
  });

  /**
   * A page with `body` from the pinned folder on a slow network (each element's files come
   * 800 ms after the loader, nothing cached), once its contacts card shows `shows`; `fetchedAt`
   * is when a file matching a pattern was asked for, `cardArrived` when the card's code came.
   */
  async function slowPage(body: string, shows: string) {
    const { version } = await (await fetch('/package.json')).json();
    const cdn = `/test-api/cdn-slow/visit-${Math.random().toString(36).slice(2)}/cie-widgets@${version}/`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="it"><head><meta charset="utf-8"><script type="module" src="${cdn}cie-widgets.js"></script></head><body>${body}</body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow!;
    await waitUntil(() => textOf(win.document.querySelector('cie-contacts-card')!).includes(shows), `the card did not show ${shows}`);
    const timing = (pattern: RegExp) => win.performance.getEntriesByType('resource').find((e) => pattern.test(new URL(e.name).pathname)) as PerformanceResourceTiming;
    return { win, frame, fetchedAt: (pattern: RegExp) => timing(pattern).startTime, cardArrived: timing(/\/cie-contacts-card\.js$/).responseEnd };
  }
  const CHECKER = [/\/check-[\w-]+\.js$/, /\/schemas-[\w-]+\.js$/];
  const SEAL = /\/seal-[\w-]+\.js$/;
  const SOURCES = /\/sources-[\w-]+\.js$/;
  const fetched = (win: Window, pattern: RegExp) => win.performance.getEntriesByType('resource').some((e) => pattern.test(new URL(e.name).pathname));

  it('a settings file is asked for with the element’s code, not after it, and once', async () => {
    const name = `early-${Math.random().toString(36).slice(2)}`;
    const page = await slowPage(
      `<cie-contacts-card config-src="/test-api/settings/${name}"></cie-contacts-card><cie-appointment-link data-config-src="/test-api/settings/${name}"></cie-appointment-link>`,
      `Ufficio servito da ${name}`,
    );
    await waitUntil(() => textOf(page.win.document.querySelector('cie-appointment-link')!).includes('Ufficio servito da'), 'the booking element did not show its settings');
    expect(page.fetchedAt(new RegExp(`/test-api/settings/${name}$`)), 'the settings file waited on the element’s code').to.be.below(page.cardArrived - 500);
    expect(page.fetchedAt(SOURCES), 'the code that reads a settings file').to.be.below(page.cardArrived - 500);
    // Both elements read the one answer.
    expect((await (await fetch(`/test-api/fetch-count/${name}`)).json()).count).to.equal(1);
    page.frame.remove();
  });

  it('settings that will be checked bring the checker with the element’s code, not after it', async () => {
    // A preset with the page's own change over it: two sources, checked in the page.
    const layered = await slowPage(
      `<script type="application/json" id="change">{"office": {"email": "sportello@comune.esempio.it"}}</script><cie-contacts-card comune="trento" config="change"></cie-contacts-card>`,
      'sportello@comune.esempio.it',
    );
    // An unsealed settings file alone: the loader sees it has no seal as soon as it arrives.
    const unsealed = await slowPage('<cie-contacts-card config-src="/test-api/settings/unsealed"></cie-contacts-card>', 'Ufficio servito da unsealed');
    // A settings file may be sealed: what tells a seal comes with the element's code too;
    // settings in the page that carry none do not bring it.
    expect(unsealed.fetchedAt(SEAL), 'the seal code, a settings file').to.be.below(unsealed.cardArrived - 500);
    expect(fetched(layered.win, SEAL), 'the seal code, unsealed settings in the page').to.equal(false);
    for (const [what, page] of [['two sources', layered], ['an unsealed file', unsealed]] as const) {
      for (const chunk of CHECKER) expect(page.fetchedAt(chunk), `${String(chunk)}, ${what}`).to.be.below(page.cardArrived - 500);
      page.frame.remove();
    }
  });

  it('sealed settings in the page bring what tells the seal with the element’s code, and no checker; a preset alone brings neither', async () => {
    const settings = await sealed({ ...structuredClone((await loadPreset('dalmine'))!), website: 'https://www.comune.esempio.it' });
    const page = await slowPage(`<script type="application/json" id="s">${JSON.stringify(settings)}</script><cie-contacts-card config="s"></cie-contacts-card>`, '035 369 3799');
    expect(page.fetchedAt(SEAL), 'the seal code').to.be.below(page.cardArrived - 500);
    expect(page.fetchedAt(SOURCES), 'the code that reads settings in the page').to.be.below(page.cardArrived - 500);
    expect(fetched(page.win, CHECKER[0]), 'the checker, for sealed settings').to.equal(false);
    page.frame.remove();
    const preset = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card>', '0461 884291');
    expect(fetched(preset.win, SEAL), 'the seal code, for a preset').to.equal(false);
    expect(fetched(preset.win, CHECKER[0]), 'the checker, for a preset').to.equal(false);
    expect(fetched(preset.win, SOURCES), 'the code for settings other than a preset, for a preset').to.equal(false);
    preset.frame.remove();
  });

  it('an Italian page fetches no translations; an English one asks for them, runtime and its groups, with the element’s code', async () => {
    const TRANSLATIONS = /\/translations-[\w-]+\.js$/;
    const italian = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card>', '0461 884291');
    expect(fetched(italian.win, TRANSLATIONS), 'the translations’ runtime, in Italian').to.equal(false);
    expect(fetched(italian.win, /\/(en|de)-[\w-]+\.js$/), 'a translation group, in Italian').to.equal(false);
    italian.frame.remove();
    const english = await slowPage('<cie-contacts-card comune="trento" lang="en"></cie-contacts-card>', 'Phone – Identity card');
    for (const file of [TRANSLATIONS, /\/en-contacts\.js$/, /\/en-common\.js$/]) {
      expect(english.fetchedAt(file), String(file)).to.be.below(english.cardArrived - 500);
    }
    english.frame.remove();
    // A folder that lost the runtime: the card still serves the citizen, in Italian.
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    const { win } = await pageWith(`/test-api/cdn-without/translations/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
    win.document.body.innerHTML = '<cie-contacts-card comune="trento" lang="en"></cie-contacts-card>';
    const card = win.document.querySelector('cie-contacts-card')!;
    await waitUntil(() => textOf(card).includes('0461 884291'), 'the card did not show without its translations');
    expect(textOf(card)).to.contain('Telefono');
  });

  it('a preset’s service card texts come with the service card’s code, and to no other element', async () => {
    const TEXTS = /\/trento\.service-card-[\w-]+\.js$/;
    const page = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card><cie-procedure-guide comune="trento" mode="service-card"></cie-procedure-guide>', '0461 884291');
    const card = page.win.document.querySelector('cie-procedure-guide')!;
    await waitUntil(() => textOf(card).includes('sblocca il PIN dopo tre tentativi errati'), 'the service card did not show Trento’s description');
    expect(page.fetchedAt(TEXTS), 'Trento’s service card texts').to.be.below(page.cardArrived - 500);
    page.frame.remove();
    const others = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card><cie-reprint-form comune="trento"></cie-reprint-form><cie-procedure-guide comune="trento"></cie-procedure-guide>', '0461 884291');
    for (const tag of ['cie-reprint-form', 'cie-procedure-guide']) {
      await waitUntil(() => others.win.customElements.get(tag), `${tag} was not defined`);
      await others.win.document.querySelector<CieElement>(tag)!.ready;
    }
    expect(fetched(others.win, TEXTS), 'the texts, without a service card').to.equal(false);
    others.frame.remove();
  });

  it('a file of the folder that does not arrive is named for the editor, not taken for wrong settings', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    for (const [missing, tag] of [
      ['check', '<cie-contacts-card comune="trento" data-config-src="/test-api/settings/without-checker"></cie-contacts-card>'],
      ['trento', '<cie-contacts-card comune="trento"></cie-contacts-card>'],
      ['sources', '<cie-contacts-card config-src="/test-api/settings/without-sources"></cie-contacts-card>'],
    ]) {
      const { win } = await pageWith(`/test-api/cdn-without/${missing}/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
      win.document.body.innerHTML = tag;
      const card = win.document.querySelector('cie-contacts-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('.settings-error'), `no message without ${missing}`);
      const said = textOf(card.shadowRoot!.querySelector('.settings-error')!);
      expect(said, missing).to.contain('Un file di cie-widgets non è arrivato');
      expect(said, missing).to.match(new RegExp(`/${missing}-[\\w-]+\\.js`));
      expect(said, missing).to.contain('06 4298 5699'); // the citizen still has somewhere to turn
    }
    // Wrong settings on a folder that lost the words for them: still a message, not a blank box.
    const { win } = await pageWith(`/test-api/cdn-without/settings-problems/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
    win.document.body.innerHTML = '<cie-contacts-card comune="nessuno"></cie-contacts-card>';
    const card = win.document.querySelector('cie-contacts-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.settings-error'), 'no message without the words for wrong settings');
    const said = textOf(card.shadowRoot!.querySelector('.settings-error')!);
    expect(said).to.contain('Questo servizio non è disponibile al momento.');
    expect(said).to.not.contain('Comune sconosciuto');
  });

  it('the guide’s paths come once the citizen answers, at once when the page opens on one; a folder without them offers to try again', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    const guideOn = async (folder: string) => {
      const { win } = await pageWith(`${folder}cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
      win.document.body.innerHTML = '<cie-procedure-guide comune="trento"></cie-procedure-guide>';
      const guide = win.document.querySelector('cie-procedure-guide')!;
      await waitUntil(() => guide.shadowRoot?.querySelector('legend'), 'the guide did not ask its question');
      const fetched = () => win.performance.getEntriesByType('resource').some((e) => /\/path-code-[\w-]+\.js$/.test(new URL(e.name).pathname));
      return { guide, fetched };
    };
    const { guide, fetched } = await guideOn('/test-api/cdn/');
    expect(fetched(), 'before any answer').to.equal(false);
    guide.shadowRoot!.querySelector<HTMLInputElement>('input[value=puk-lost]')!.click();
    await waitUntil(() => guide.shadowRoot!.querySelector('#path-heading'), 'the path did not show');
    expect(textOf(guide.shadowRoot!.querySelector('#path-heading')!)).to.equal('PUK perso: recuperalo con l’app CieID');
    // Chosen by a click: the citizen is taken to the path once it is here (a path the keys move through is announced instead).
    await waitUntil(() => guide.shadowRoot!.activeElement?.id === 'path-heading', 'the focus did not go to the path');
    expect(fetched()).to.equal(true);

    const broken = await guideOn('/test-api/cdn-without/path-code/');
    broken.guide.shadowRoot!.querySelector<HTMLInputElement>('input[value=pin-forgotten]')!.click();
    await waitUntil(() => broken.guide.shadowRoot!.querySelector('[role=alert] .retry'), 'no way to try again');
    expect(textOf(broken.guide.shadowRoot!.querySelector('[role=alert]')!)).to.contain('Questa parte della guida non è arrivata');
    const retry = broken.guide.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!;
    retry.click();
    await waitUntil(() => broken.guide.shadowRoot!.activeElement?.classList.contains('retry'), 'the focus did not come back to “Riprova”');

    // Opening on a path (here its attribute), its code is asked for with the element's, not after.
    const opened = await slowPage('<cie-procedure-guide comune="trento" situation="pin-forgotten"></cie-procedure-guide><cie-contacts-card comune="trento"></cie-contacts-card>', '0461 884291');
    expect(opened.fetchedAt(/\/path-code-[\w-]+\.js$/)).to.be.below(opened.cardArrived - 500);
    const openedGuide = opened.win.document.querySelector('cie-procedure-guide')!;
    await waitUntil(() => openedGuide.shadowRoot?.querySelector('#path-heading'), 'the guide did not open on its path');
    opened.frame.remove();
    // Or a link naming the situation: the loader reads it from the page's address.
    const linked = await pageWith(`/test-api/cdn-slow/visit-${Math.random().toString(36).slice(2)}/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js'], '/test/pages/pinned.html?cie-situazione=pin-blocked');
    linked.win.document.body.innerHTML = '<cie-procedure-guide comune="trento"></cie-procedure-guide>';
    const linkedGuide = linked.win.document.querySelector('cie-procedure-guide')!;
    await waitUntil(() => linkedGuide.shadowRoot?.querySelector('#path-heading'), 'the guide did not open on the linked path');
    const timing = (pattern: RegExp) => linked.win.performance.getEntriesByType('resource').find((e) => pattern.test(new URL(e.name).pathname)) as PerformanceResourceTiming;
    expect(timing(/\/path-code-[\w-]+\.js$/).startTime).to.be.below(timing(/\/cie-procedure-guide\.js$/).responseEnd - 500);
    expect(textOf(linkedGuide.shadowRoot!.querySelector('#path-heading')!)).to.contain('PIN bloccato');
  });

  it('in English, the guide’s paths and its service card bring their words with their code, not the guide’s every page', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const pinned = await (await fetch(`/test-api/cdn/cie-widgets@${version}/integrity.json`)).json();
    const { win } = await pageWith(`/test-api/cdn/cie-widgets@${version}/cie-widgets.js`, pinned['cie-widgets.js']);
    const files = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()!);
    win.document.body.innerHTML = '<cie-procedure-guide comune="trento" lang="en"></cie-procedure-guide>';
    const guide = win.document.querySelector('cie-procedure-guide')!;
    await waitUntil(() => textOf(guide).includes('What is your situation?'), 'the guide did not ask in English');
    await waitUntil(() => files().includes('en-guide.js'), 'the guide’s words did not come');
    expect(files().filter((file) => file.startsWith('en-paths')), 'the paths’ words, before any answer').to.deep.equal([]);
    guide.shadowRoot!.querySelector<HTMLInputElement>('input[value=puk-lost]')!.click();
    await waitUntil(() => guide.shadowRoot!.querySelector('#path-heading'), 'the path did not show');
    expect(textOf(guide.shadowRoot!.querySelector('#path-heading')!)).to.equal('PUK lost: recover it with the CieID app');
    expect(files()).to.include.members(['en-paths.js', 'en-paths-servicecard.js']);
    expect(files().filter((file) => file.startsWith('en-servicecard')), 'the service card’s own words').to.deep.equal([]);

    // A service card or a guide opened on a path, in German: their words with the element's code, not after it.
    const page = await slowPage(
      '<cie-procedure-guide comune="trento" mode="service-card" lang="de"></cie-procedure-guide><cie-procedure-guide comune="trento" situation="pin-blocked" lang="de"></cie-procedure-guide><cie-contacts-card comune="trento"></cie-contacts-card>',
      '0461 884291',
    );
    const [card, opened] = page.win.document.querySelectorAll('cie-procedure-guide');
    await waitUntil(() => card.querySelector('#cie-sc-description') && opened.shadowRoot?.querySelector('#path-heading'), 'the service card or the path did not show');
    for (const file of ['de-servicecard', 'de-paths-servicecard', 'de-paths']) {
      expect(page.fetchedAt(new RegExp(`/${file}\\.js$`)), file).to.be.below(page.cardArrived - 500);
    }
    expect(textOf(card.querySelector('#cie-sc-description')!)).to.contain('Personalausweis');
    expect(textOf(opened.shadowRoot!.querySelector('#path-heading')!)).to.not.contain('PIN bloccato');
    page.frame.remove();
  });

  it('the words for wrong settings come only with wrong settings, in the element’s language', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const base = `/test-api/cdn/cie-widgets@${version}/`;
    const pinned = await (await fetch(`${base}integrity.json`)).json();
    const { win } = await pageWith(`${base}cie-widgets.js`, pinned['cie-widgets.js']);
    const files = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()!);
    const card = (comune: string) => {
      const element = Object.assign(win.document.createElement('cie-contacts-card'), { lang: 'en' });
      element.setAttribute('comune', comune);
      win.document.body.append(element);
      return element;
    };
    const good = card('trento');
    await waitUntil(() => textOf(good).includes('Phone – Identity card'), 'the English card did not show');
    expect(files().filter((file) => file.includes('problems')), 'with good settings').to.deep.equal([]);
    const wrong = card('atlantide');
    await waitUntil(() => wrong.shadowRoot?.querySelector('.settings-error'), 'no message for an unknown comune');
    const said = textOf(wrong.shadowRoot!.querySelector('.settings-error')!);
    expect(said).to.contain('Unknown comune: atlantide');
    expect(said).to.not.contain('Comune sconosciuto');
    expect(files()).to.include('en-problems.js');
    expect(files().some((file) => file.startsWith('de-'))).to.equal(false);
  });

  it('settings checked once are not checked again: a preset, sealed settings or a form’s endpoint over them fetch no checker, edited ones are checked in the page', async () => {
    const { version } = await (await fetch('/package.json')).json();
    const base = `/test-api/cdn/cie-widgets@${version}/`;
    const pinned = await (await fetch(`${base}integrity.json`)).json();
    const { win } = await pageWith(`${base}cie-widgets.js`, pinned['cie-widgets.js']);
    const doc = win.document;
    const checkerFetched = () => win.performance.getEntriesByType('resource').some((e) => /\/check-[\w-]+\.js$/.test(new URL(e.name).pathname));
    await waitUntil(() => win.customElements.get('cie-contacts-card'), 'the pinned loader did not define the page’s element');
    await doc.querySelector<CieElement>('cie-contacts-card')!.ready;
    expect(checkerFetched(), 'a shipped preset alone').to.equal(false);
    const cardWith = async (settings: object, id: string, shows: string) => {
      const script = Object.assign(doc.createElement('script'), { type: 'application/json', id, textContent: JSON.stringify(settings) });
      const card = doc.createElement('cie-contacts-card');
      card.setAttribute('config', id);
      doc.body.append(script, card);
      await waitUntil(() => textOf(card).includes(shows), `the card with settings #${id} did not show ${shows}`);
      return card;
    };
    const settings = await sealed({ ...structuredClone((await loadPreset('dalmine'))!), website: 'https://www.comune.esempio.it' });
    await cardWith(settings, 'sealed', '035 369 3799');
    expect(checkerFetched(), 'sealed settings').to.equal(false);
    /** Trento's reprint form with `endpoint`, once it shows what `shows` finds. */
    const formWith = async (endpoint: string, shows: string) => {
      const form = doc.createElement('cie-reprint-form');
      form.setAttribute('comune', 'trento');
      form.setAttribute('endpoint', endpoint);
      doc.body.append(form);
      await waitUntil(() => form.shadowRoot?.querySelector(shows), `the form with the endpoint ${endpoint} did not show ${shows}`);
      return form;
    };
    // A form's endpoint address over the preset needs no checker either.
    const form = await formWith('/test-api/requests', '#field-holderGivenName');
    // Sent online, the form asks the card's copy (Trento's own email channel does not).
    expect(form.shadowRoot!.querySelector('#field-cardFront')).to.not.equal(null);
    expect(checkerFetched(), 'a preset with an endpoint attribute').to.equal(false);
    await cardWith({ ...settings, facilitator: { ...settings.facilitator, phone: '035 369 3799' } }, 'edited', 'facilitator.phone');
    expect(checkerFetched(), 'settings edited after sealing').to.equal(true);
    // An endpoint the checker would refuse is named as it was.
    const wrong = await formWith('javascript:alert(1)', '.settings-error');
    expect(textOf(wrong.shadowRoot!.querySelector('.settings-error')!)).to.contain('requests.reprint.channel.url');
  });
});

describe('the endpoint contract for integrators (dist/openapi.json)', () => {
  it('OpenAPI 3.1: both bodies, the Idempotency-Key, every answer the form reads, examples the published schema accepts', async () => {
    const doc = await (await fetch('/dist/openapi.json')).json();
    expect(doc.openapi).to.equal('3.1.0');
    const post = doc.paths['/cie-requests'].post;
    expect(post.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key').required).to.equal(true);
    expect(Object.keys(post.requestBody.content)).to.have.members(['application/json', 'multipart/form-data']);
    expect(Object.keys(post.responses)).to.include.members(['201', '409', '400', '422', '413', '429', '5XX']);
    expect(post.responses['429'].headers['Retry-After']).to.not.equal(undefined);
    expect(doc.info.description).to.contain('Access-Control-Expose-Headers: Retry-After');
    const examples = [
      ...Object.values(post.requestBody.content['multipart/form-data'].examples).map((e) => (e as { value: { request: unknown } }).value.request),
      ...Object.values(post.requestBody.content['application/json'].examples).map((e) => (e as { value: unknown }).value),
    ];
    expect(examples.map((e) => (e as { type: string }).type)).to.include.members(['reprint', 'contact-update']);
    for (const example of examples) expect(requestSchema.safeParse(example).success, JSON.stringify(example)).to.equal(true);
  });

  it('each field an integrator validates carries the form’s own rule as a pattern, format or limit; CORS is an operation, not only prose', async () => {
    const doc = await (await fetch('/dist/openapi.json')).json();
    type Node = { pattern?: string; format?: string; maxLength?: number; properties?: Record<string, Node> };
    const reprint = (doc.components.schemas.CieRequest.oneOf as { properties: Record<string, Node> }[]).find((v) => (v.properties.type as { const?: string }).const === 'reprint')!;
    const holder = reprint.properties.holder.properties!;
    const accepts = (node: Node, value: string) => new RegExp(node.pattern!, 'u').test(value);
    expect(accepts(holder.codiceFiscale, 'RSSMRA70A01H501S')).to.equal(true);
    expect(accepts(holder.codiceFiscale, 'rssmra70a01h501s'), 'lower case: the form sends capitals').to.equal(false);
    expect(accepts(holder.cardNumber, 'CA00000AA')).to.equal(true);
    expect(accepts(holder.cardNumber, 'CA0000AA')).to.equal(false);
    expect(holder.birthDate.format).to.equal('date');
    expect(accepts(holder.birthDate, '1970-02-30'), 'a day that does not exist').to.equal(false);
    const email = reprint.properties.contacts.properties!.email;
    expect(email.maxLength).to.equal(254);
    expect(accepts(email, 'mario.rossi@example.it')).to.equal(true);
    expect(accepts(email, 'mario.rossi@example')).to.equal(false);
    const preflight = doc.paths['/cie-requests'].options;
    expect(Object.keys(preflight.responses['204'].headers)).to.include.members(['Access-Control-Allow-Origin', 'Access-Control-Allow-Headers']);
    expect(Object.keys(doc.paths['/cie-requests'].post.responses['201'].headers)).to.include.members(['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers']);
  });
});

describe('completion in editors (generated from the manifest)', () => {
  it('VS Code custom data and JetBrains web-types list each element, its attributes, allowed values and events', async () => {
    const vscode = await (await fetch('/dist/vscode.html-custom-data.json')).json();
    const tags = new Map<string, { attributes: { name: string; values?: { name: string }[] }[] }>(
      vscode.tags.map((tag: { name: string }) => [tag.name, tag]),
    );
    expect([...tags.keys()]).to.have.members(['cie-appointment-link', 'cie-contact-update-form', 'cie-contacts-card', 'cie-procedure-guide', 'cie-reprint-form']);
    const mode = tags.get('cie-procedure-guide')!.attributes.find((a) => a.name === 'mode')!;
    expect(mode.values!.map((v) => v.name)).to.deep.equal(['guide', 'service-card']);
    expect(tags.get('cie-reprint-form')!.attributes.map((a) => a.name)).to.include.members(['comune', 'endpoint', 'data-endpoint', 'config-src']);
    // Each element offers its own attributes only: no endpoint on a card, the guide's twins listed.
    expect(tags.get('cie-contacts-card')!.attributes.map((a) => a.name)).to.not.include('data-endpoint');
    expect(tags.get('cie-procedure-guide')!.attributes.map((a) => a.name)).to.include.members(['data-mode', 'data-situation']);
    const webTypes = await (await fetch('/dist/web-types.json')).json();
    const form = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'cie-reprint-form');
    expect(form.events.map((e: { name: string }) => e.name)).to.include.members(['cie-submit', 'cie-submitted', 'cie-submit-error']);
  });
});

describe('the settings reference for editors', () => {
  it('docs/settings.md is what the build generates from the schema (regenerate with `npm run docs`)', async () => {
    const generated = await (await fetch('/dist/settings-reference.md')).text();
    const committed = await (await fetch('/docs/settings.md')).text();
    // A boolean, so a stale page reports one line, not the whole page twice.
    expect(committed === generated, 'docs/settings.md is stale: run `npm run docs`').to.equal(true);
    for (const field of ['office.patronDay', 'office.closedDates', 'requests.<request>.channel.type', 'privacyNoticeUrl', 'contactRules.pecDomains']) {
      expect(generated).to.contain(`| \`${field}\` |`);
    }
  });

  it('the JSON Schema carries each field’s description and an example, for hover help in an editor', async () => {
    const schema = await (await fetch('/dist/settings.schema.json')).json();
    const patronDay = schema.properties.office.properties.patronDay;
    expect(patronDay.description).to.contain('patron saint');
    expect(patronDay.examples).to.deep.equal(['06-26']);
    expect(schema.required).to.not.include('contactUpdate');
    expect(schema.properties.requests.required).to.deep.equal(['reprint']);
  });
});

describe('the element manifest for integrators (dist/custom-elements.json)', () => {
  it('lists every element with its attributes, events and parts', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    type Declaration = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[] };
    const elements = new Map<string, Declaration>(
      manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName).map((d: Declaration) => [d.tagName, d]),
    );
    expect([...elements.keys()].sort()).to.deep.equal([
      'cie-appointment-link',
      'cie-contact-update-form',
      'cie-contacts-card',
      'cie-procedure-guide',
      'cie-reprint-form',
    ]);
    const names = (tag: string, key: 'attributes' | 'events' | 'cssParts') => (elements.get(tag)![key] ?? []).map((x) => x.name);
    expect(names('cie-contacts-card', 'attributes')).to.include.members(['comune', 'config', 'config-src', 'lang', 'heading-level', 'now']);
    expect(names('cie-reprint-form', 'attributes')).to.include('endpoint');
    expect(names('cie-reprint-form', 'events')).to.deep.equal(['cie-submit', 'cie-submitted', 'cie-submit-error']);
    expect(names('cie-procedure-guide', 'cssParts')).to.include.members(['question', 'path', 'steps']);
  });
});

describe('theming is documented where integrators look', () => {
  it('the README’s snippet pins this version, and its integrity, when present, is a SHA-384 hash', async () => {
    const readme = await (await fetch('/README.md')).text();
    const pkg = await (await fetch('/package.json')).json();
    const line = readme.split('<!-- pinned-snippet:start -->')[1].split('\n').find((l) => l.startsWith('<script'))!;
    expect(line).to.contain(`/cie-widgets@${pkg.version}/cie-widgets.js"`);
    const integrity = /integrity="([^"]+)"/.exec(line)?.[1];
    if (integrity !== undefined) expect(integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('every --cie-* property an element’s styles read is in its manifest entry and in the editors’ guide', async () => {
    const elements = { 'cie-appointment-link': CieAppointmentLink, 'cie-contact-update-form': CieContactUpdateForm, 'cie-contacts-card': CieContactsCard, 'cie-procedure-guide': CieProcedureGuide, 'cie-reprint-form': CieReprintForm };
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    type Declaration = { tagName?: string; cssProperties?: { name: string; description?: string }[] };
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
    const guide = await (await fetch('/docs/editors.md')).text();
    for (const [tag, element] of Object.entries(elements)) {
      const styles = [element.styles].flat(Infinity) as CSSResult[];
      const used = new Set(styles.flatMap((style) => [...style.cssText.matchAll(/var\((--cie-[a-z-]+)/g)].map((m) => m[1])));
      const documented = declarations.find((d) => d.tagName === tag)!.cssProperties ?? [];
      expect(used.size, tag).to.be.greaterThan(5);
      expect(documented.map((p) => p.name), tag).to.include.members([...used]);
      expect(documented.every((p) => p.description), `${tag}: each property says what it colours`).to.equal(true);
      for (const name of used) expect(guide, `docs/editors.md lists ${name}`).to.contain(`\`${name}\``);
    }
  });
});


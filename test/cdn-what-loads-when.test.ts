// What a page from the pinned CDN folder asks for, and when: the code for sending on the
// first answer, settings files, the checker, the seal, translations, the guide's paths.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { textOf } from './helpers/dom.js';
import { attach, fillHolder, submitFilledReprint } from './helpers/form.js';
import { loadPreset } from '../src/presets/index.js';
import { sealed } from '../src/settings/seal.js';
import { ELEMENT_TAGS } from '../src/elements.js';
import { CHECKER, pageWith, pinnedForm, SEAL, slowPage, SOURCES, submitAndSettle, wasFetched } from './helpers/pages.js';

describe('the pinned CDN folder: what loads when', () => {
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
    expect(wasFetched(layered.win, SEAL), 'the seal code, unsealed settings in the page').to.equal(false);
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
    expect(wasFetched(page.win, CHECKER[0]), 'the checker, for sealed settings').to.equal(false);
    page.frame.remove();
    const preset = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card>', '0461 884291');
    expect(wasFetched(preset.win, SEAL), 'the seal code, for a preset').to.equal(false);
    expect(wasFetched(preset.win, CHECKER[0]), 'the checker, for a preset').to.equal(false);
    expect(wasFetched(preset.win, SOURCES), 'the code for settings other than a preset, for a preset').to.equal(false);
    preset.frame.remove();
  });

  it('an Italian page fetches no translations; an English one asks for them, runtime and its groups, with the element’s code', async () => {
    const TRANSLATIONS = /\/translations-[\w-]+\.js$/;
    const italian = await slowPage('<cie-contacts-card comune="trento"></cie-contacts-card>', '0461 884291');
    expect(wasFetched(italian.win, TRANSLATIONS), 'the translations’ runtime, in Italian').to.equal(false);
    expect(wasFetched(italian.win, /\/(en|de)-[\w-]+\.js$/), 'a translation group, in Italian').to.equal(false);
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
    expect(wasFetched(others.win, TEXTS), 'the texts, without a service card').to.equal(false);
    others.frame.remove();
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

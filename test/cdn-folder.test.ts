// The pinned CDN folder (dist/cdn/cie-widgets@<version>/) as an editor pastes it: its
// snippet, integrity, preload lines, licences, and a file that does not arrive.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { textOf } from './helpers/dom.js';
import { pageWith } from './helpers/pages.js';

describe('the pinned CDN folder (dist/cdn/cie-widgets@<version>/)', () => {
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
});

import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { safeHref, telHref } from '../src/links.js';
import { pickLocale } from '../src/locale.js';
import { comuneText } from '../src/settings/comune-text.js';
import { loadSettings, type SettingsResult } from '../src/settings/load.js';
import { mergeSettings } from '../src/settings/merge.js';
import { endpointOverride, withPlainEndpoint } from '../src/requests/endpoint-override.js';
import { settingsSchema } from '../src/settings/schema.js';
import { canonicalJson, isSealed, sealed } from '../src/settings/seal.js';
import { loadPreset, PRESET_IDS } from '../src/presets/index.js';
import { addJsonScript, EXAMPLE_SETTINGS_URL, exampleSettings, removeAddedScripts } from './helpers/dom.js';

const worker = setupWorker(
  http.get('/msw/offline.json', () => HttpResponse.error()),
  http.get('/msw/server-error.json', () => new HttpResponse('oops', { status: 500 })),
  http.get('/msw/not-json.json', () => new HttpResponse('{"id": "esempio",', { headers: { 'content-type': 'application/json' } })),
);

const problemsOf = (result: SettingsResult) => (result.ok ? [] : result.problems.map((p) => `${p.reason} ${p.where}`));
const load = (sources: Omit<Parameters<typeof loadSettings>[0], 'root'>) => loadSettings({ root: document, ...sources });

describe('settings', () => {
  before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
  after(() => worker.stop());
  afterEach(removeAddedScripts);

  describe('presets', () => {
    for (const id of ['trento', 'dalmine']) {
      it(`${id} is valid against the schema`, async () => {
        const preset = await loadPreset(id);
        const parsed = settingsSchema.safeParse(preset);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
        expect(parsed.data?.id).to.equal(id);
        // Pages use a preset as it is, unchecked: checking must not change it.
        expect(canonicalJson(parsed.data)).to.equal(canonicalJson(preset));
      });
    }

    it('a preset brings its service card texts only to the service card, and the same settings besides', async () => {
      const forForm = await load({ comune: 'trento' });
      const forCard = await load({ comune: 'trento', serviceCard: true });
      if (!forForm.ok || !forCard.ok) throw new Error('Trento did not load');
      expect(forForm.settings.serviceCard).to.equal(undefined);
      expect(comuneText(forCard.settings.serviceCard?.description, 'it')).to.contain('La carta d’identità elettronica (CIE), oltre che un documento');
      const { serviceCard, ...rest } = forCard.settings;
      expect(serviceCard).to.not.equal(undefined);
      expect(canonicalJson(rest)).to.equal(canonicalJson(forForm.settings));
    });

    it('lists exactly the shipped presets', () => {
      expect(PRESET_IDS).to.deep.equal(['trento', 'dalmine']);
    });

    it('Trento sends requests by email in 5 working days; Dalmine by appointment in 30 days', async () => {
      const trento = await load({ comune: 'trento' });
      const dalmine = await load({ comune: 'dalmine' });
      if (!trento.ok || !dalmine.ok) throw new Error('presets must load');
      expect(trento.settings.requests.reprint.channel).to.deep.equal({ type: 'email', to: 'ufficio.anagrafe@comune.trento.it' });
      expect(trento.settings.requests.reprint.time).to.deep.equal({ amount: 5, unit: 'working-days' });
      expect(dalmine.settings.requests.reprint.channel.type).to.equal('appointment');
      expect(dalmine.settings.requests.reprint.time).to.deep.equal({ amount: 30, unit: 'days' });
      expect(dalmine.settings.facilitator?.phone).to.equal('+390353693799');
    });

    it('the demo settings file is valid too', async () => {
      expect(settingsSchema.safeParse(await exampleSettings()).success).to.equal(true);
    });
  });

  describe('sealed settings (checked once, by the configurator)', () => {
    const dalmine = async () => structuredClone((await loadPreset('dalmine'))!);

    it('a seal matches the settings it was made for, in any key order, and nothing else', async () => {
      const settings = await sealed(await dalmine());
      expect(settings.seal).to.match(/^sha256-[A-Za-z0-9+/]{43}=$/);
      expect(await isSealed(settings)).to.equal(true);
      const reordered = Object.fromEntries(Object.entries(settings).reverse());
      expect(await isSealed(reordered)).to.equal(true);
      const edited = structuredClone(settings);
      edited.office.email = 'altro@comune.esempio.it';
      expect(await isSealed(edited), 'edited after sealing').to.equal(false);
      const trento = { ...(await loadPreset('trento'))!, seal: settings.seal };
      expect(await isSealed(trento), 'another comune’s seal').to.equal(false);
      expect(await isSealed({ ...settings, seal: 'sha256-made-up' })).to.equal(false);
      expect(await isSealed(await dalmine()), 'no seal').to.equal(false);
    });

    it('sealed settings are used as they are; edited after sealing they are checked as always', async () => {
      const settings = await sealed({ ...(await dalmine()), website: 'https://www.comune.esempio.it' });
      addJsonScript(settings, { id: 'sealed-settings' });
      const result = await load({ configId: 'sealed-settings' });
      expect(result.ok && result.settings.website).to.equal('https://www.comune.esempio.it');
      const broken = structuredClone(settings);
      broken.facilitator!.phone = '035 369 3799';
      addJsonScript(broken, { id: 'edited-settings' });
      const said: unknown[] = [];
      const info = console.info;
      console.info = (...args: unknown[]) => said.push(...args);
      try {
        expect(problemsOf(await load({ configId: 'edited-settings' }))).to.deep.equal(['invalid facilitator.phone']);
      } finally {
        console.info = info;
      }
      // The editor is told why the page checks them, and how to seal again.
      expect(String(said[0])).to.contain('seal does not match').and.contain('configurator');
    });

    it('settings that are not an object at all are named as wrong, sealed or not', async () => {
      addJsonScript('null', { id: 'null-settings' });
      addJsonScript('"sha256-…"', { id: 'text-settings' });
      for (const configId of ['null-settings', 'text-settings']) {
        const result = await load({ configId });
        expect(result.ok, configId).to.equal(false);
        expect(problemsOf(result)[0], configId).to.match(/^invalid/);
      }
    });

    it('a sealed file with another source over it is checked as a whole', async () => {
      const settings = await sealed(await dalmine());
      addJsonScript(settings, { id: 'sealed-base' });
      const result = await load({ configId: 'sealed-base', overrides: { booking: { url: 'javascript:alert(1)' } } });
      expect(problemsOf(result)).to.deep.equal(['invalid booking.url']);
    });
  });

  describe('sources and precedence', () => {
    const email = async (sources: Parameters<typeof load>[0]) => {
      const result = await load(sources);
      if (!result.ok) throw new Error(problemsOf(result).join('; '));
      return result.settings.office.email;
    };

    it('lays each source over the one before: preset < page-wide < config < config-src < attributes', async () => {
      addJsonScript({ office: { email: 'page@comune.esempio.it' } }, { 'data-cie-config': '' });
      addJsonScript({ office: { email: 'inline@comune.esempio.it' } }, { id: 'inline-settings' });
      expect(await email({ comune: 'trento' })).to.equal('page@comune.esempio.it');
      expect(await email({ comune: 'trento', configId: 'inline-settings' })).to.equal('inline@comune.esempio.it');
      expect(await email({ comune: 'trento', configId: 'inline-settings', configSrc: EXAMPLE_SETTINGS_URL })).to.equal(
        'anagrafe@comune.esempio.it',
      );
      expect(
        await email({ comune: 'trento', configSrc: EXAMPLE_SETTINGS_URL, overrides: { office: { email: 'attr@comune.esempio.it' } } }),
      ).to.equal('attr@comune.esempio.it');
    });

    it('keeps the rest of a preset when a page changes one field', async () => {
      addJsonScript({ booking: { url: 'https://prenota.comune.esempio.it' } }, { id: 'only-booking' });
      const result = await load({ comune: 'dalmine', configId: 'only-booking' });
      if (!result.ok) throw new Error('expected valid settings');
      expect(result.settings.booking?.url).to.equal('https://prenota.comune.esempio.it');
      expect(result.settings.booking?.office).to.deep.include({ it: 'Sportello Carte d’Identità' });
      expect(result.settings.facilitator?.phone).to.equal('+390353693799');
    });

    it('fetches a settings URL once per page, however many elements ask', async () => {
      const url = '/test-api/settings/shared-by-three';
      const results = await Promise.all([load({ configSrc: url }), load({ configSrc: url }), load({ configSrc: url })]);
      await load({ configSrc: url });
      expect(results.every((r) => r.ok)).to.equal(true);
      const { count } = await (await fetch('/test-api/fetch-count/shared-by-three')).json();
      expect(count).to.equal(1);
    });

    it('does not let a "__proto__" key in JSON reach the prototype', () => {
      const merged = mergeSettings({}, JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')) as Record<string, unknown>;
      expect(merged.id).to.equal('x');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('bad settings are named, never thrown', () => {
    it('an unknown preset', async () => {
      expect(problemsOf(await load({ comune: 'atlantide' }))).to.deep.equal(['unknown-preset atlantide']);
    });

    it('no source at all', async () => {
      expect(problemsOf(await load({}))).to.deep.equal(['no-settings ']);
    });

    it('a config id with no script on the page', async () => {
      expect(problemsOf(await load({ configId: 'missing-script' }))).to.deep.equal(['no-inline-config #missing-script']);
    });

    it('inline settings that are not JSON', async () => {
      addJsonScript('{ "office": ', { id: 'broken' });
      expect(problemsOf(await load({ comune: 'trento', configId: 'broken' }))).to.deep.equal(['not-json #broken']);
    });

    it('a settings URL that answers with broken JSON', async () => {
      expect(problemsOf(await load({ configSrc: '/msw/not-json.json' }))).to.deep.equal([
        `not-json ${location.origin}/msw/not-json.json`,
      ]);
    });

    it('a settings URL that is not there (a real 404 from the test server)', async () => {
      expect(problemsOf(await load({ configSrc: '/demo/settings/nessuno.json' }))).to.deep.equal([
        `unreachable ${location.origin}/demo/settings/nessuno.json`,
      ]);
    });

    it('a settings URL that cannot be reached (network error) or fails (500)', async () => {
      expect(problemsOf(await load({ configSrc: '/msw/offline.json' }))).to.deep.equal([`unreachable ${location.origin}/msw/offline.json`]);
      expect(problemsOf(await load({ configSrc: '/msw/server-error.json' }))).to.deep.equal([
        `unreachable ${location.origin}/msw/server-error.json`,
      ]);
    });

    it('a missing required field, a wrong field and a typo, each by path', async () => {
      const settings = await exampleSettings();
      delete settings.name;
      settings.office.phones[1].number = '06 0000002';
      settings.office.emial = 'typo@comune.esempio.it';
      const result = await load({ overrides: settings });
      expect(problemsOf(result)).to.have.members(['missing name', 'invalid office.phones[1].number', 'unknown-field office.emial']);
      if (!result.ok) expect(result.problems.find((p) => p.where === 'office.phones[1].number')?.detail).to.contain('+39');
    });

    it('100,000 phones, valid or not: named by path at once, no freeze, no stack overflow', async () => {
      for (const number of ['+39 0461 000000', 'not a number']) {
        const phones = Array.from({ length: 100_000 }, () => ({ topic: 'Anagrafe', number }));
        const started = performance.now();
        const result = await load({ comune: 'trento', overrides: { office: { phones } } });
        expect(performance.now() - started).to.be.below(1000);
        expect(problemsOf(result)).to.deep.equal(['invalid office.phones']);
      }
      const phones = Array.from({ length: 51 }, () => ({ topic: 'Anagrafe', number: '+39 0461 000000' }));
      expect(problemsOf(await load({ comune: 'trento', overrides: { office: { phones } } }))).to.deep.equal(['invalid office.phones']);
    });

    it('headers a browser would refuse to send: a name with a space, a value over two lines, one the widgets set', async () => {
      const withHeaders = (headers: Record<string, unknown>) =>
        load({ comune: 'trento', overrides: { requests: { reprint: { channel: { type: 'endpoint', url: 'https://servizi.comune.esempio.it/cie', headers } } } } });
      expect(problemsOf(await withHeaders({ 'X Csrf': 'abc' }))).to.have.length(1);
      expect(problemsOf(await withHeaders({ 'X-Csrf': 'abc\ndef' }))).to.deep.equal(['invalid requests.reprint.channel.headers.X-Csrf']);
      expect(problemsOf(await withHeaders({ 'Idempotency-Key': 'fixed' }))).to.have.length(1);
      expect(problemsOf(await withHeaders({ 'X-Csrf': 'abc', 'X-Comune': 'trento' }))).to.deep.equal([]);
    });

    it('a form’s endpoint over a preset is taken without the checker only when the checker would take it as it is', async () => {
      const addresses = [
        'https://servizi.comune.esempio.it/cie',
        'http://localhost:8000/api/cie?x=1#y',
        'https://servizi.comune.esempio.it/cie ',
        ' https://servizi.comune.esempio.it/cie',
        'https:servizi.comune.esempio.it/cie',
        'HTTPS://SERVIZI.comune.esempio.it/cie',
        'https://servizi.comune.esempio.it:99999/',
        'https://exa\nmple.it/',
        'ftp://servizi.comune.esempio.it/',
        'javascript:alert(1)',
        'data:text/html,hi',
        'http://[',
        '/api/cie',
        'https://',
        '',
      ];
      // As a form loads it: without the service card's texts.
      const trento = (await loadPreset('trento', { serviceCard: false }))!;
      for (const url of addresses) {
        const override = endpointOverride('reprint', url);
        const checked = settingsSchema.safeParse(mergeSettings(structuredClone(trento), override));
        const laid = withPlainEndpoint(trento, 'reprint', url);
        if (laid !== undefined) {
          // Taken as it is: the checker would have taken it, and changed nothing in it.
          expect(checked.success, url).to.equal(true);
          expect(canonicalJson(laid), url).to.equal(canonicalJson(checked.data));
        }
        // Through load() as a form asks: the same verdict as the checker's, and the same settings.
        const loaded = await load({ comune: 'trento', overrides: override, overChecked: (base) => withPlainEndpoint(base, 'reprint', url) });
        expect(loaded.ok, url).to.equal(checked.success);
        if (loaded.ok && checked.success) expect(canonicalJson(loaded.settings), url).to.equal(canonicalJson(checked.data));
      }
      // The shortcut is taken for plain addresses (else the test above proves nothing), and only for them.
      expect(withPlainEndpoint(trento, 'reprint', 'https://servizi.comune.esempio.it/cie')).to.not.equal(undefined);
      for (const url of ['http:servizi.comune.esempio.it', 'https://servizi.comune.esempio.it/a b', 'javascript:alert(1)', 'mailto:anagrafe@comune.esempio.it']) {
        expect(withPlainEndpoint(trento, 'reprint', url), url).to.equal(undefined);
      }
    });

    it('an endpoint that is no URL', async () => {
      const result = await load({ comune: 'trento', overrides: { requests: { reprint: { channel: { type: 'endpoint', url: 'http://[' } } } } });
      expect(problemsOf(result)).to.deep.equal(['invalid requests.reprint.channel.url']);
    });

    it('a javascript: URL', async () => {
      const result = await load({ comune: 'dalmine', overrides: { booking: { url: 'javascript:alert(1)' } } });
      expect(problemsOf(result)).to.deep.equal(['invalid booking.url']);
    });

    it('a data: URL and an opening that closes before it opens', async () => {
      const result = await load({
        comune: 'trento',
        overrides: {
          website: 'data:text/html,<script>alert(1)</script>',
          office: { openingHours: [{ days: ['mon'], opens: '14:00', closes: '09:00' }] },
        },
      });
      expect(problemsOf(result)).to.have.members(['invalid website', 'invalid office.openingHours[0].closes']);
    });
  });

  describe('links and locales', () => {
    it('only https:, http:, tel: and mailto: links pass', () => {
      expect(safeHref('https://www.comune.trento.it')).to.equal('https://www.comune.trento.it');
      expect(safeHref('mailto:ufficio.anagrafe@comune.trento.it')).to.equal('mailto:ufficio.anagrafe@comune.trento.it');
      expect(safeHref('javascript:alert(1)')).to.equal(undefined);
      expect(safeHref('JaVaScRiPt:alert(1)')).to.equal(undefined);
      expect(safeHref('data:text/html,x')).to.equal(undefined);
      expect(safeHref('/relative')).to.equal(undefined);
      expect(telHref('+39 0461 884291')).to.equal('tel:+390461884291');
    });

    it('maps language tags to shipped locales, Italian otherwise', () => {
      expect(['it-IT', 'en-GB', 'de-AT', 'DE', 'fr', '', undefined].map(pickLocale)).to.deep.equal(['it', 'en', 'de', 'de', 'it', 'it', 'it']);
    });
  });
});

// Each way a comune takes requests gives the citizen its own outcome (src/requests/channels.ts).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../components/contact-update-form/index.js';
import type { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { cardProof, channelRole } from '../src/requests/channels.js';
import type { Channel } from '../src/settings/schema.js';
import { $, $$, addJsonScript, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { EVERY_QUESTION, fillContactUpdate, outcome, submit, submitFilledReprint } from './helpers/form.js';
import { counterOnly } from './helpers/comuni.js';

const CHANNELS: Channel[] = [
  { type: 'endpoint', url: 'https://servizi.comune.esempio.it/api/cie' },
  { type: 'email', to: 'anagrafe@comune.esempio.it' },
  { type: 'appointment' },
  { type: 'walk-in', instructions: 'Vieni allo sportello anagrafe negli orari di apertura.', summaryWanted: true },
  { type: 'portal', url: 'https://servizi.comune.esempio.it/cie' },
];

/** Dalmine's preset with another channel for both requests. */
function withChannel(id: string, channel: Channel, extra: Record<string, unknown> = {}) {
  addJsonScript({ requests: { reprint: { channel }, contactUpdate: { channel, ...extra } } }, { id });
}

describe('channels', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(removeAddedScripts);

  it('each of the five has its own meaning: what the form does, how the card is shown, AgID’s access marker', () => {
    const roles = CHANNELS.map((channel) => channelRole(channel));
    expect(roles.map((r) => r.action)).to.deep.equal(['send', 'prepare-email', 'prepare-summary', 'prepare-summary', 'open-portal']);
    expect(roles.map((r) => r.card)).to.deep.equal(['upload', 'email-attachment', 'shown-at-counter', 'shown-at-counter', 'on-portal']);
    expect(roles.map((r) => r.access)).to.deep.equal(['online', 'online', 'booking', 'generic', 'online']);
    // A counter without appointment that wants nothing prepared: nothing to fill in.
    expect(channelRole({ type: 'walk-in', instructions: 'Vieni allo sportello.' }).action).to.equal('visit-counter');
    // A contact update needs the card only where the comune asks for it.
    expect(cardProof('contactUpdate', { channel: CHANNELS[1] })).to.equal('none');
    expect(cardProof('contactUpdate', { channel: CHANNELS[1], cardCopyRequired: true })).to.equal('email-attachment');
    expect(cardProof('reprint', { channel: CHANNELS[1] })).to.equal('email-attachment');
  });

  it('walk-in without a summary: nothing to fill in, only where, when, how and what to bring', async () => {
    // The demo's counter-only comune (demo/settings/sportello.json), its hours moved to a Wednesday afternoon.
    const settings = await counterOnly();
    settings.requests.reprint.channel = { ...settings.requests.reprint.channel, hours: [{ days: ['wed'], opens: '14:00', closes: '14:30' }] } as typeof settings.requests.reprint.channel;
    addJsonScript(settings, { id: 'counter-only' });
    const el = await mount<CieReprintForm>(html`<cie-reprint-form config="counter-only" lang="it"></cie-reprint-form>`);
    await expect(el).to.be.accessible();
    expect($(el, 'form'), 'no form').to.equal(null);
    expect($(el, 'input, select, textarea, button'), 'nothing to fill in').to.equal(null);
    const counter = textOf($(el, '[part=counter]')!);
    expect(counter).to.contain('Comune di Borgo Sportello riceve questa richiesta allo sportello, senza appuntamento: non c’è nulla da compilare prima.');
    expect(counter).to.contain('Dove: Servizi demografici, Piazza Grande 3, Borgo Sportello');
    expect(counter).to.contain('mercoledì: 14:00–14:30');
    expect(counter).to.contain('Lo sportello accoglie al massimo 10 richieste al giorno.');
    expect($$(el, '[part=what-to-bring] li').map(textOf)).to.deep.equal(['Un documento d’identità valido']);
    // How each half arrives, from its settings (codesDelivery).
    expect($$(el, '[part=counter] p').map(textOf)).to.include.members(['Prima parte dei codici: allo sportello, subito.', 'Seconda parte dei codici: per email.']);
    // Nothing the comune does not ask: no declaration, no privacy text for data never sent, no booking.
    expect(textOf(el)).to.not.contain('DPR 445');
    expect(textOf(el)).to.not.contain('Prenota');
    expect(textOf(el)).to.not.contain('riepilogo');
  });

  it('walk-in where the comune wants a summary: the summary to bring and its own words on when to come, no booking', async () => {
    withChannel('walk-in', CHANNELS[3]);
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="walk-in" lang="it"></cie-reprint-form>`);
    await expect(el).to.be.accessible();
    expect(textOf($(el, 'button[type=submit]')!)).to.equal('Continua');
    expect($(el, '#field-cardFront')).to.equal(null);
    const receipt = await submitFilledReprint(el);
    expect(textOf(receipt)).to.contain('Riepilogo pronto');
    expect(textOf(receipt)).to.contain('Vieni allo sportello anagrafe negli orari di apertura.');
    expect(textOf(receipt)).to.not.contain('Prenota');
    expect(receipt.querySelector('a.button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('portal: no form to fill here, the way to the comune’s service and what to have at hand', async () => {
    withChannel('portal', CHANNELS[4]);
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="dalmine" config="portal" lang="it"></cie-reprint-form>`);
    await expect(el).to.be.accessible();
    expect($(el, 'form')).to.equal(null);
    const portal = $(el, '[part=portal]')!;
    expect(textOf(portal)).to.contain('portale dei servizi del Comune di Dalmine');
    expect(textOf(portal)).to.contain('Il numero della carta');
    expect(textOf(portal)).to.contain('fronte e del retro della carta');
    expect(portal.querySelector('a')!.getAttribute('href')).to.equal('https://servizi.comune.esempio.it/cie');
    expect(textOf(portal.querySelector('a')!)).to.equal('Vai al servizio online del Comune');
  });

  it('portal for a contact update: the Ministry first, then the portal; no card asked when the comune needs none', async () => {
    withChannel('portal-contacts', CHANNELS[4]);
    const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="dalmine" config="portal-contacts" lang="en"></cie-contact-update-form>`);
    await expect(el).to.be.accessible();
    expect($(el, '[part=self-service]')).to.not.equal(null);
    expect(textOf($(el, '[part=portal]')!)).to.contain('Go to the comune');
    expect(textOf($(el, '[part=portal]')!)).to.not.contain('front and back');
  });

  it('email, for a request that needs no card: the message asks for no attachment', async () => {
    withChannel('email-no-card', CHANNELS[1]);
    const el = await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="dalmine" config="email-no-card" lang="it"></cie-contact-update-form>`);
    await fillContactUpdate(el);
    await submit(el);
    const receipt = await outcome(el);
    expect(textOf(receipt)).to.not.contain('Allega');
    expect(textOf($(el, '.email-text')!)).to.not.contain('In allegato');
    const needed = await mount(html`<cie-procedure-guide comune="dalmine" config="email-no-card" situation="update-contacts" lang="it"></cie-procedure-guide>`);
    expect(textOf(needed)).to.contain('Invia la richiesta per email a anagrafe@comune.esempio.it');
    expect(textOf(needed)).to.not.contain('fronte e del retro');
  });

  it('what the office reads is in Italian, whatever the citizen’s language', async () => {
    // With every question a module may ask: the birth date too is written the Italian way.
    addJsonScript(EVERY_QUESTION, { id: 'every-question' });
    for (const lang of ['en', 'de']) {
      const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" config="every-question" lang=${lang}></cie-reprint-form>`);
      const receipt = await submitFilledReprint(el);
      const body = decodeURIComponent(receipt.querySelector('a')!.getAttribute('href')!.split('body=')[1]);
      expect(body, lang).to.contain('Richiesta per: Comune di Trento');
      expect(body, lang).to.contain('Nome e cognome del titolare: Mario Rossi');
      expect(body, lang).to.contain('Data e luogo di nascita: 1 gennaio 1970, Roma');
      expect(body, lang).to.contain('Codici da ristampare: PIN e PUK – Seconda parte');
      expect(body, lang).to.contain('In allegato: copia del fronte e del retro');
      const subject = decodeURIComponent(receipt.querySelector('a')!.getAttribute('href')!.split('subject=')[1].split('&')[0]);
      expect(subject).to.equal('Richiesta di ristampa dei codici PIN e PUK');
      expect($(el, '.email-text')!.getAttribute('lang')).to.equal('it');
      // The citizen's own instructions stay in their language.
      expect(textOf(receipt)).to.contain(lang === 'en' ? 'The message is ready' : 'Die Nachricht ist fertig');
      await expect(el).to.be.accessible();
    }
  });

  it('the service card marks how the service is reached: generic access for a walk-in counter', async () => {
    withChannel('walk-in-card', CHANNELS[3]);
    const el = await mount(html`<cie-procedure-guide comune="dalmine" config="walk-in-card" mode="service-card" lang="it"></cie-procedure-guide>`);
    expect($$(el, '[data-element$=-access]').map((s) => s.dataset.element)).to.deep.equal(['service-generic-access']);
  });
});

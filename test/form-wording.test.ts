// What the forms say, checked as a citizen reads it: each question's own error, dates as
// Italians write them, whose data each block asks for, declarations that follow the
// answers, the privacy notice readable before ticking, the PEC rule for every comune,
// and a comune that takes requests only at its counter saying so first.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { html } from 'lit';
import '../components/contact-update-form/index.js';
import '../components/reprint-form/index.js';
import type { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { PEC_PROVIDER_DOMAINS } from '../src/pec-providers.js';
import { isPecAddress } from '../src/validation/contacts.js';
import { $, $$, addJsonScript, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { EVERY_QUESTION, fillHolder, pick, submit, type, typeDate } from './helpers/form.js';

const reprint = (comune: string, extra = '') =>
  mount<CieReprintForm>(html`<cie-reprint-form comune=${comune} config=${extra || 'none'} lang="it"></cie-reprint-form>`);
/** The privacy notice's points, as term → text. */
const noticePoints = (el: Element) =>
  Object.fromEntries($$(el, '.notice-text dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling!)]));
const labelOf = (el: Element, name: string) => textOf($(el, `label[for=field-${name}]`)!);

describe('what the forms say', () => {
  beforeEach(() => {
    sessionStorage.clear();
    addJsonScript({}, { id: 'none' });
  });
  afterEach(() => removeAddedScripts());

  it('the date of birth, where the comune asks it: day, month and year boxes, never a native date picker; sent as an ISO date', async () => {
    addJsonScript(EVERY_QUESTION, { id: 'every-question' });
    const el = await reprint('trento', 'every-question');
    expect($(el, 'input[type=date]')).to.equal(null);
    const group = $(el, '#field-holderBirthDate')!.closest('fieldset')!;
    expect(textOf(group.querySelector('legend')!)).to.equal('Data di nascita');
    expect($$(group, 'label').map(textOf)).to.deep.equal(['Giorno', 'Mese', 'Anno']);
    expect($(el, '#field-holderBirthDate-year')!.getAttribute('inputmode')).to.equal('numeric');
    await fillHolder(el);
    await typeDate(el, 'holderBirthDate', '31', '2', '1970');
    await submit(el);
    expect(textOf($(el, '#error-holderBirthDate')!)).to.contain('Scrivi una data di nascita vera');
    await typeDate(el, 'holderBirthDate', '1', '1', '1970');
    expect($(el, '#error-holderBirthDate')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a parent applying: the holder’s block says it is not theirs, their own block says it is', async () => {
    const el = await reprint('trento');
    expect(labelOf(el, 'holderGivenName')).to.equal('Nome');
    await pick(el, 'applicantRole', 'parent');
    const headings = $$(el, 'form .subheading').map(textOf);
    expect(headings).to.include.members(['Dati del titolare della carta (non i tuoi)', 'I tuoi dati, come richiedente']);
    expect(labelOf(el, 'holderGivenName')).to.equal('Nome del titolare');
    expect(labelOf(el, 'holderCodiceFiscale')).to.equal('Codice fiscale del titolare');
    expect(labelOf(el, 'applicantGivenName')).to.equal('Il tuo nome');
    expect(labelOf(el, 'applicantCodiceFiscale')).to.equal('Il tuo codice fiscale');
    await expect(el).to.be.accessible();
  });

  it('the declaration of loss, where the comune asks it, names the codes chosen', async () => {
    addJsonScript(EVERY_QUESTION, { id: 'every-question' });
    const el = await reprint('trento', 'every-question');
    await pick(el, 'codes', 'pin');
    expect(labelOf(el, 'codesLost')).to.equal('Dichiaro di aver smarrito il codice PIN della mia carta.');
    await pick(el, 'codes', 'puk');
    expect(labelOf(el, 'codesLost')).to.equal('Dichiaro di aver smarrito il codice PUK della mia carta.');
    await pick(el, 'applicantRole', 'guardian');
    expect(labelOf(el, 'codesLost')).to.equal('Dichiaro che il codice PUK della carta del titolare è stato smarrito.');
    await pick(el, 'codes', 'both');
    expect(labelOf(el, 'codesLost')).to.equal('Dichiaro che i codici PIN e PUK della carta del titolare sono stati smarriti.');
  });

  it('which part of the codes: asked in plain words, with where each part was', async () => {
    const el = await reprint('trento');
    const group = $(el, '#field-halves')!.closest('fieldset')!;
    expect(textOf(group.querySelector('legend')!)).to.equal('Quale parte dei codici ti manca?');
    expect($$(group, 'label').map(textOf)).to.deep.equal([
      'Tutte e due le parti',
      'Solo la prima parte (era sulla ricevuta della richiesta)',
      'Solo la seconda parte (era con la carta)',
    ]);
    expect(textOf($(el, '#hint-halves')!)).to.contain('Se non sai quale ti manca, scegli tutte e due');
  });

  describe('the privacy notice, readable before ticking', () => {
    it('in place, from the settings: the comune as controller with its address, the purpose, the legal basis, recipients, retention, the browser, rights', async () => {
      const el = await reprint('trento');
      const notice = $(el, '.notice-text') as HTMLDetailsElement;
      expect(textOf(notice.querySelector('summary')!)).to.equal('Leggi: Informativa sul trattamento dei dati personali');
      notice.querySelector('summary')!.click();
      await el.updateComplete;
      expect(notice.open).to.equal(true);
      await waitUntil(() => notice.querySelector('dl'), 'the notice’s points did not come');
      const text = textOf(notice);
      expect(noticePoints(el)['Titolare del trattamento']).to.equal('Comune di Trento, che puoi contattare all’indirizzo anagrafe@pec.comune.trento.it.');
      expect(text).to.contain('Il Comune usa questi dati solo per ristampare i codici');
      expect(text).to.contain('Regolamento UE 2016/679');
      expect(text).to.contain('Ministero dell’Interno');
      expect(text).to.contain('30 minuti');
      expect(text).to.contain('Garante per la protezione dei dati personali');
      expect(text, 'no DPO the settings do not name').to.not.contain('Responsabile della protezione dei dati');
      await expect(el).to.be.accessible();
    });

    it('opened before its points have come, and when they cannot come: said, accessible', async () => {
      const el = await reprint('trento');
      // The form's code for sending still on its way (a slow phone): held back by a load that never ends.
      const inside = el as unknown as { sendingLoad?: Promise<unknown>; answers: { codeMissing: boolean } };
      inside.sendingLoad = new Promise(() => undefined);
      const notice = $(el, '.notice-text') as HTMLDetailsElement;
      notice.querySelector('summary')!.click();
      await el.updateComplete;
      expect(textOf(notice.querySelector('[role=status]')!)).to.equal('Caricamento…');
      expect(notice.querySelector('dl')).to.equal(null);
      await expect(el).to.be.accessible();
      inside.answers.codeMissing = true;
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(notice.querySelector('[role=status]')!)).to.contain('Il testo non è arrivato');
      await expect(el).to.be.accessible();
    });

    it('with the comune’s DPO, retention and own notice when its settings hold them', async () => {
      addJsonScript(
        {
          privacyNoticeUrl: 'https://www.comune.esempio.it/privacy',
          privacy: { dpoEmail: 'rpd@comune.esempio.it', retention: { it: 'Cinque anni dalla richiesta.' } },
        },
        { id: 'privacy' },
      );
      const el = await reprint('dalmine', 'privacy');
      $(el, '.notice-text summary')!.click();
      await waitUntil(() => $(el, '.notice-text dl'), 'the notice’s points did not come');
      const text = textOf($(el, '.notice-text')!);
      expect(text).to.contain('rpd@comune.esempio.it');
      expect(noticePoints(el)['Per quanto tempo']).to.equal('Cinque anni dalla richiesta.');
      expect($(el, 'label[for=field-privacyRead] a')!.getAttribute('href')).to.equal('https://www.comune.esempio.it/privacy');
    });
  });

  describe('an email that is a PEC is refused for every comune (AgID’s list of PEC providers)', () => {
    it('the national list, without any setting', () => {
      for (const address of ['mario@pec.it', 'mario@gigapec.it', 'mario@casellapec.com', 'mario@ingpec.eu', 'mario@sicurezzapostale.it', 'mario@mypec.eu', 'mario@cert.legalmail.it', 'anagrafe@pec.comune.esempio.it']) {
        expect(isPecAddress(address, PEC_PROVIDER_DOMAINS), address).to.equal(true);
      }
      for (const address of ['mario.rossi@example.it', 'mario@specialmail.it', 'mario@pecora.it', 'mario@gmail.com']) {
        expect(isPecAddress(address, PEC_PROVIDER_DOMAINS), address).to.equal(false);
      }
    });

    it('in the form, for a comune whose settings say nothing about PEC, and with a domain the comune adds', async () => {
      addJsonScript({ contactRules: { pecDomains: ['posta-certificata.esempio.it'] } }, { id: 'own-pec' });
      const el = await reprint('trento', 'own-pec');
      expect(textOf($(el, '#hint-email')!)).to.equal('Qui il Ministero manda la seconda parte dei codici. Non può essere una PEC.');
      await submit(el);
      for (const address of ['mario@mypec.eu', 'mario@posta-certificata.esempio.it']) {
        await type(el, 'email', address);
        expect(textOf($(el, '#error-email')!), address).to.contain('non una PEC');
      }
      await type(el, 'email', 'mario.rossi@example.it');
      expect($(el, '#error-email')).to.equal(null);
    });
  });

  describe('a comune that takes these requests only at its counter says so first', () => {
    it('Dalmine: both forms open with it, and the way to book', async () => {
      const forms = [
        await reprint('dalmine'),
        await mount<CieContactUpdateForm>(html`<cie-contact-update-form comune="dalmine" lang="it"></cie-contact-update-form>`),
      ];
      for (const el of forms) {
        const notice = $(el, '.counter-notice')!;
        expect(textOf(notice)).to.contain('Comune di Dalmine riceve questa richiesta solo allo sportello, su appuntamento.');
        expect(textOf(notice)).to.contain('non invia nulla al Comune');
        // Its page names a module to bring: the summary is not said to replace it.
        expect(textOf(notice)).to.contain('Il riepilogo non sostituisce il modulo che il Comune chiede');
        // Before the first question.
        expect(notice.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        await expect(el).to.be.accessible();
      }
    });

    it('a comune that takes the summary in place of its module says so', async () => {
      addJsonScript({ requests: { reprint: { channel: { type: 'appointment' }, summaryAccepted: true } } }, { id: 'summary-ok' });
      const el = await reprint('dalmine', 'summary-ok');
      expect(textOf($(el, '.counter-notice')!)).to.contain('Il Comune accetta questo riepilogo al posto del suo modulo.');
    });

    it('Trento (by email) has no such notice', async () => {
      expect($(await reprint('trento'), '.counter-notice')).to.equal(null);
    });
  });
});

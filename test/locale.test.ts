// The language rule (src/locale.ts), and the four @lit/localize 0.12 internals it stands
// on, each pinned below: `_installMsgImplementation` (our msg(), answering in the element's
// language), `defaultMsg` (Italian, the source, with `str` values put in), `runtimeMsg`
// (a translation looked up by id, values reordered) and `generateMsgId` (the id, of which
// the groups keep 7 characters). If an upgrade moves or changes one, this file fails before
// any element speaks wrong.
import { msg, str } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { StrResult } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { expect } from '@open-wc/testing';
import { currentLocale, loadLocale, pickLocale, speakIn } from '../src/locale.js';
import { ID_LENGTH } from '../src/generated/locales/groups.js';
import { translate } from '../src/translations.js';
import { captureConsole } from './helpers/dom.js';

describe('language', () => {
  it('outside every speakIn() block msg() answers in Italian, and says so once on the console', async () => {
    const { result, warnings } = await captureConsole(async () => [msg('Invia la richiesta'), msg('Prepara l’email')]);
    expect(result).to.deep.equal(['Invia la richiesta', 'Prepara l’email']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('msg() called outside speakIn()');
  });

  it('msg() answers in the language of the block it runs in, blocks nested and restored', async () => {
    await loadLocale('en');
    await loadLocale('de');
    const words = () => [currentLocale(), msg('Invia la richiesta'), msg(str`Invio in corso: ${42}%`)];
    expect(speakIn('en', words)).to.deep.equal(['en', 'Send the request', 'Sending: 42%']);
    expect(
      speakIn('de', () => [...words(), ...speakIn('it', words), ...words()]),
    ).to.deep.equal(['de', 'Antrag senden', 'Wird gesendet: 42 %', 'it', 'Invia la richiesta', 'Invio in corso: 42%', 'de', 'Antrag senden', 'Wird gesendet: 42 %']);
    expect(currentLocale()).to.equal('it');
  });

  it('a language not loaded yet is spoken as Italian rather than as ids', () => {
    expect(speakIn('fr' as never, () => msg('Invia la richiesta'))).to.equal('Invia la richiesta');
  });

  it('maps page and element tags onto the shipped languages', () => {
    expect(['de-AT', 'en_GB', 'IT', 'fr', '', null].map(pickLocale)).to.deep.equal(['de', 'en', 'it', 'it', 'it', 'it']);
  });

  describe('the @lit/localize 0.12 internals src/locale.ts relies on', () => {
    it('_installMsgImplementation: installed once by us, refused a second time', () => {
      expect(() => _installMsgImplementation(msg)).to.throw('can only be configured once');
    });

    it('defaultMsg: the source as it is, `str` values put in their places', () => {
      const source = defaultMsg as (template: unknown) => unknown;
      expect(source('Ciao')).to.equal('Ciao');
      expect(source(str`Da ${'Roma'} a ${'Trento'}`)).to.equal('Da Roma a Trento');
    });

    it('runtimeMsg: looks a template up by its generated id, substitutes str values in the translation’s order', () => {
      const plain = generateMsgId('Ciao', false);
      const tagged = str`Da ${'Roma'} a ${'Trento'}`;
      const reordered = generateMsgId(tagged.strings, false);
      // A translation reorders the values: ${1} first. (Cast: the compiled form's strings are a plain array.)
      const translated = { strTag: true, strings: ['To ', ' from ', ''], values: [1, 0] } as unknown as StrResult;
      const templates: TemplateMap = { [plain]: 'Hello', [reordered]: translated };
      expect(runtimeMsg(templates, 'Ciao', undefined)).to.equal('Hello');
      expect(runtimeMsg(templates, tagged, undefined)).to.equal('To Trento from Roma');
      expect(runtimeMsg(undefined, 'Ciao', undefined)).to.equal('Ciao');
      expect(runtimeMsg(templates, 'Non tradotto', undefined)).to.equal('Non tradotto');
    });

    it('translate: a translation is found under the first ID_LENGTH characters of the generated id; an id given in the code as it is', () => {
      const tagged = str`Da ${'Roma'} a ${'Trento'}`;
      const translated = { strTag: true, strings: ['To ', ' from ', ''], values: [1, 0] } as unknown as StrResult;
      const short = (id: string) => id.slice(0, ID_LENGTH);
      const templates: TemplateMap = { [short(generateMsgId('Ciao', false))]: 'Hello', [short(generateMsgId(tagged.strings, false))]: translated, 'cie-sc-cost': 'Costs' };
      expect(translate(templates, 'Ciao')).to.equal('Hello');
      expect(translate(templates, tagged)).to.equal('To Trento from Roma');
      expect(translate(templates, 'Costi', { id: 'cie-sc-cost' })).to.equal('Costs');
      expect(translate({ [generateMsgId('Ciao', false)]: 'Hello' }, 'Ciao'), 'a whole id is not how the groups store it').to.equal('Ciao');
    });
  });
});

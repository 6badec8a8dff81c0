import { expect } from '@open-wc/testing';
import { birthFromCodiceFiscale, codiceFiscaleProblem } from '../src/validation/codice-fiscale.js';
import { isCardNumber, isEmail, isPecAddress, mobileToE164 } from '../src/validation/contacts.js';
import { ageOn, isPlausibleBirthDate } from '../src/validation/birth-date.js';
import { isRealIsoDate } from '../src/validation/dates.js';
import { cardCopyProblem } from '../src/validation/card-copy-checks.js';
import { REPRINT_EXAMPLE } from '../src/requests/contract-examples.js';
import { reprintRequestSchema } from '../src/requests/schema.js';

describe('validators', () => {
  describe('codice fiscale', () => {
    it('accepts the published examples, in any case and with spaces', () => {
      for (const code of ['RSSMRA70A01H501S', 'RCCMNL83S18D969H', 'CNTCHR83T41D969D', 'rssmra70a01h501s', 'RSS MRA 70A01 H501S']) {
        expect(codiceFiscaleProblem(code), code).to.equal(undefined);
      }
    });

    it('accepts omocodia (digits replaced by letters), with the check letter computed as written', () => {
      expect(codiceFiscaleProblem('RSSMRA70A01H50MK')).to.equal(undefined);
      expect(codiceFiscaleProblem('RSSMRATLAMMH501E')).to.equal(undefined);
      expect(birthFromCodiceFiscale('RSSMRATLAMMH501E')).to.deep.equal({ year2: 70, month: 1, day: 11, sex: 'M' });
    });

    it('reads a woman’s birth day (+40)', () => {
      expect(birthFromCodiceFiscale('CNTCHR83T41D969D')).to.deep.equal({ year2: 83, month: 12, day: 1, sex: 'F' });
    });

    it('rejects a wrong check letter, a wrong shape and a date that does not exist', () => {
      expect(codiceFiscaleProblem('RSSMRA70A01H501T')).to.equal('check-letter');
      expect(codiceFiscaleProblem('RSSMRA70A01H501')).to.equal('shape');
      expect(codiceFiscaleProblem('RSSMRA70Z01H501S')).to.equal('shape'); // Z is no month
      expect(codiceFiscaleProblem('RSSMRA7OA01H501S')).to.equal('shape'); // letter O where a digit goes
      expect(codiceFiscaleProblem('BNCLRA01B29F205H')).to.equal('date'); // 29 February 1901/2001
      expect(codiceFiscaleProblem('BNCLRA00B29F205G')).to.equal(undefined); // 29 February 2000
    });
  });

  it('card number: CIE 3.0 only, e.g. CA00000AA', () => {
    expect(isCardNumber('CA00000AA')).to.equal(true);
    expect(isCardNumber(' ca 00000 aa ')).to.equal(true);
    expect(isCardNumber('AA00000AA')).to.equal(false); // first letter is C
    expect(isCardNumber('1234567AA')).to.equal(false); // CIE 2.0
    expect(isCardNumber('123456')).to.equal(false); // the CAN, not the card number
  });

  it('email, and the PEC domains that cannot receive the codes', () => {
    expect(isEmail('mario.rossi@example.it')).to.equal(true);
    expect(isEmail('mario.rossi@example')).to.equal(false);
    expect(isEmail('mario rossi@example.it')).to.equal(false);
    const pecDomains = ['pec.it', 'legalmail.it'];
    expect(isPecAddress('mario.rossi@pec.it', pecDomains)).to.equal(true);
    expect(isPecAddress('mario.rossi@cert.legalmail.it', pecDomains)).to.equal(true);
    expect(isPecAddress('anagrafe@pec.comune.esempio.it', pecDomains)).to.equal(true);
    expect(isPecAddress('mario.rossi@example.it', pecDomains)).to.equal(false);
    expect(isPecAddress('mario.rossi@specialmail.it', pecDomains)).to.equal(false);
  });

  it('mobile: Italian numbers to E.164, foreign ones kept, landlines refused', () => {
    expect(mobileToE164('333 123 4567')).to.equal('+393331234567');
    expect(mobileToE164('+39 333.123.4567')).to.equal('+393331234567');
    expect(mobileToE164('0039 333-1234567')).to.equal('+393331234567');
    expect(mobileToE164('393331234567')).to.equal('+393331234567');
    expect(mobileToE164('333123456')).to.equal('+39333123456'); // older 9-digit mobiles
    expect(mobileToE164('+41 79 123 45 67')).to.equal('+41791234567');
    expect(mobileToE164('0049 151 23456789')).to.equal('+4915123456789');
    expect(mobileToE164('0461 884291')).to.equal(undefined); // a landline
    expect(mobileToE164('+39 0461 884291')).to.equal(undefined);
    expect(mobileToE164('12345')).to.equal(undefined);
  });

  it('dates', () => {
    expect(isRealIsoDate('2024-02-29')).to.equal(true);
    expect(isRealIsoDate('2023-02-29')).to.equal(false);
    expect(isRealIsoDate('29/02/2024')).to.equal(false);
    const today = new Date('2026-11-24T10:00:00Z');
    expect(isPlausibleBirthDate('1970-01-01', today)).to.equal(true);
    expect(isPlausibleBirthDate('2027-01-01', today)).to.equal(false);
    expect(isPlausibleBirthDate('1850-01-01', today)).to.equal(false);
    expect(ageOn('2008-11-25', today)).to.equal(17);
    expect(ageOn('2008-11-24', today)).to.equal(18);
  });

  it('card copies: PDF, JPEG or PNG within the size limit', () => {
    expect(cardCopyProblem({ type: 'image/jpeg', size: 1_000_000 }, 5)).to.equal(undefined);
    expect(cardCopyProblem({ type: 'application/pdf', size: 6 * 1024 * 1024 }, 5)).to.equal('size');
    expect(cardCopyProblem({ type: 'image/heic', size: 1000 }, 5)).to.equal('type');
  });

  it('the request schema, shared by the forms and the receiver, takes a name as one line of text: no forged email line, no hidden direction change', () => {
    const withName = (familyName: string) => reprintRequestSchema.safeParse({ ...structuredClone(REPRINT_EXAMPLE), holder: { ...REPRINT_EXAMPLE.holder, familyName } }).success;
    expect(withName('D’Angelo-Müller')).to.equal(true);
    for (const forged of ['Rossi\r\nBcc: altri@example.it', 'Rossi\u0000', 'Rossi\u2028Oggetto', 'Rossi\u202Eissor', '\ud800']) expect(withName(forged), JSON.stringify(forged)).to.equal(false);
  });
});

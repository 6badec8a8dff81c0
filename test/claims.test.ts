// The ledger of what each preset's page says (src/presets/<id>.claims.txt, written by
// `npm run claims -- <id> --write` and checked sentence by sentence against the comune's
// page in shared/seeds/) is what the elements show: a sentence added to a widget, or a
// preset changed, fails here until its ledger is written and read again.
import { expect, fixture } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html } from 'lit';
import '../components/cie-widgets.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { claimsPageTags, ledgerSentences, sentencesIn } from '../scripts/claims-page.js';

describe('the presets’ ledgers (npm run claims)', () => {
  for (const comune of ['trento', 'dalmine']) {
    it(`${comune}: every sentence its elements show is in its reviewed ledger, and every sentence of the ledger is shown`, async () => {
      const ledger = ledgerSentences(await (await fetch(`/src/presets/${comune}.claims.txt`)).text());
      // The same page `npm run claims` reads (the test's own markup, not settings text).
      const page = await fixture<HTMLDivElement>(html`<div lang="it">${unsafeHTML(claimsPageTags(`comune="${comune}" lang="it"`, true))}</div>`);
      const elements = [...page.children] as CieElement[];
      await Promise.all(elements.map((el) => el.ready));
      const shown = sentencesIn(page);
      const missing = shown.filter((sentence) => !ledger.includes(sentence));
      expect(missing, `shown but not in src/presets/${comune}.claims.txt (run npm run claims -- ${comune} --write, then read them against the comune's page)`).to.deep.equal([]);
      const stale = ledger.filter((sentence) => !shown.includes(sentence));
      expect(stale, `in the ledger but no longer shown`).to.deep.equal([]);
    });
  }
});

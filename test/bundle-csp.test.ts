// The built bundle in a page with a strict Content-Security-Policy and Trusted Types.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { textOf } from './helpers/dom.js';
import { openPage, type ProbeWindow } from './helpers/pages.js';

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


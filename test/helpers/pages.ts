// Pages that load the built bundle and the CDN folder, as an editor would paste them: for
// the tests of the build (npm test builds first).
import { waitUntil } from './wait.js';
import type { CieElement } from '../../components/shared/cie-element.js';
import type { CieReprintForm } from '../../components/reprint-form/index.js';
import { textOf } from './dom.js';
import { settledAfterSubmit } from './form.js';
import { ELEMENT_TAGS } from '../../src/elements.js';

export type ProbeWindow = Window & typeof globalThis & { cspViolations: string[]; pageErrors: string[]; bundlesLoaded?: boolean };

export async function openPage(url: string): Promise<ProbeWindow> {
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

export async function submitAndSettle(form: CieReprintForm): Promise<HTMLElement> {
  const click = async () => {
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settledAfterSubmit(form);
    await waitUntil(() => form.shadowRoot!.activeElement?.matches('.error-summary, #outcome, #review'), 'nothing took focus after the submit');
  };
  await click();
  if (form.shadowRoot!.activeElement?.id === 'review') await click();
  return form.shadowRoot!.activeElement as HTMLElement;
}

/** A blank page with the snippet an editor pastes: true once its script ran, false when the browser refused it. */
export async function pageWith(src: string, integrity: string, page = '/test/pages/pinned.html'): Promise<{ win: Window; ran: boolean; violations: string[] }> {
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

/** Trento's reprint form on a page from the folder at `base` (the pinned one, or a slow or incomplete copy). */
export async function pinnedForm(base: string, attributes: Record<string, string> = {}) {
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

/**
 * A page with `body` from the pinned folder on a slow network (each element's files come
 * 800 ms after the loader, nothing cached), once its contacts card shows `shows`; `fetchedAt`
 * is when a file matching a pattern was asked for, `cardArrived` when the card's code came.
 */
export async function slowPage(body: string, shows: string) {
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
export const CHECKER = [/\/check-[\w-]+\.js$/, /\/schemas-[\w-]+\.js$/];
export const SEAL = /\/seal-[\w-]+\.js$/;
export const SOURCES = /\/sources-[\w-]+\.js$/;
export const wasFetched = (win: Window, pattern: RegExp) => win.performance.getEntriesByType('resource').some((e) => pattern.test(new URL(e.name).pathname));

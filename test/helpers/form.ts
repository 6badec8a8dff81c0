// Filling a request form as a citizen would: typing into inputs, choosing, ticking, attaching.
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { SetupWorker } from 'msw/browser';
import { retryPolicy } from '../../src/transport/submit.js';
import { removeAddedScripts } from './dom.js';

const input = (el: Element, name: string) => {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>(`#field-${name}`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

export async function type(el: LitElement, name: string, value: string): Promise<void> {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A date typed as a citizen does, day, month and year in their boxes: `typeDate(el, 'holderBirthDate', '1', '1', '1970')`. */
export async function typeDate(el: LitElement, name: string, day: string, month: string, year: string): Promise<void> {
  await type(el, name, day);
  for (const [part, value] of [['month', month], ['year', year]]) {
    const box = el.shadowRoot!.querySelector<HTMLInputElement>(`#field-${name}-${part}`);
    if (!box) throw new Error(`no ${part} box for ${name}`);
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

export async function pick(el: LitElement, name: string, value: string): Promise<void> {
  const radio = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`);
  if (!radio) throw new Error(`no option ${name}=${value}`);
  radio.click();
  await el.updateComplete;
}

export async function tick(el: LitElement, name: string): Promise<void> {
  input(el, name).click();
  await el.updateComplete;
}

export async function attach(el: LitElement, name: string, file: File): Promise<void> {
  const field = input(el, name);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  // The element says it is reading the file (aria-busy), then shows it or why it refused it.
  await waitUntil(
    () =>
      input(el, name).getAttribute('aria-busy') === 'false' &&
      (el.shadowRoot!.querySelector(`#chosen-${name}`) || el.shadowRoot!.querySelector(`#error-${name}`)),
    // It waits for the form's code for checking (a test server compiles it on first use).
    `${name} was not processed`,
  );
  await el.updateComplete;
}

/**
 * Clicks "Continua" and waits while the form is busy (its code for checking and sending
 * may still be arriving, as on a slow phone), then for what it shows: the errors, or the
 * review of the answers.
 */
export async function continueToReview(el: LitElement): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settledAfterSubmit(el);
}

/** Submits as a citizen does: "Continua", then, once the answers are shown for review, the button that sends. */
export async function submit(el: LitElement): Promise<void> {
  await continueToReview(el);
  if (!el.shadowRoot!.querySelector('#review')) return; // errors to correct first
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settledAfterSubmit(el);
}

export async function settledAfterSubmit(el: LitElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('form')?.getAttribute('aria-busy') !== 'true', 'the form stayed busy');
  await el.updateComplete;
}

/** A small valid PDF-like file and PNG, made here: no real card anywhere. */
export const pdfFile = (name = 'fronte.pdf') => new File(['%PDF-1.4 carta di prova\n%%EOF\n'], name, { type: 'application/pdf' });

export async function pngFile(width: number, height: number, name = 'retro.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#0066cc';
  ctx.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/**
 * A phone's photo: a JPEG whose EXIF block holds a GPS position (invented) in its image
 * description, as a receiver would find it with any EXIF reader.
 */
export async function jpegWithGps(width: number, height: number, name = 'retro.jpg'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  const jpeg = new Uint8Array(await (await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg'))).arrayBuffer());
  const words = new TextEncoder().encode('GPS 45.0703 N 7.6869 E\0');
  // TIFF, big-endian: header, IFD0 with one ASCII entry (0x010E ImageDescription) pointing after the IFD.
  const tiff = new Uint8Array(8 + 2 + 12 + 4 + words.length);
  const view = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0x00, 0x2a]);
  view.setUint32(4, 8);
  view.setUint16(8, 1);
  view.setUint16(10, 0x010e);
  view.setUint16(12, 2);
  view.setUint32(14, words.length);
  view.setUint32(18, 26);
  view.setUint32(22, 0);
  tiff.set(words, 26);
  const exif = new Uint8Array([...new TextEncoder().encode('Exif'), 0, 0, ...tiff]);
  const segment = new Uint8Array([0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif]);
  return new File([jpeg.slice(0, 2), segment, jpeg.slice(2)], name, { type: 'image/jpeg' });
}

const asked = (el: LitElement, name: string) => el.shadowRoot!.querySelector(`#field-${name}`) !== null;

/**
 * An adult holder with the published example codice fiscale. Who applies, and the birth,
 * are answered where the comune's settings ask them.
 */
export async function fillHolder(el: LitElement): Promise<void> {
  if (asked(el, 'applicantRole')) await pick(el, 'applicantRole', 'holder');
  await type(el, 'holderGivenName', 'Mario');
  await type(el, 'holderFamilyName', 'Rossi');
  await type(el, 'holderCodiceFiscale', 'rssmra70a01h501s');
  if (asked(el, 'holderBirthDate')) {
    await typeDate(el, 'holderBirthDate', '1', '1', '1970');
    await type(el, 'holderBirthPlace', 'Roma');
  }
  await type(el, 'cardNumber', 'ca 00000 aa');
}

/** The reprint's answers; which codes, the mobile and the declaration of loss where the comune asks them. */
export async function fillRest(el: LitElement): Promise<void> {
  if (asked(el, 'codes')) await pick(el, 'codes', 'both');
  await pick(el, 'halves', 'second');
  await type(el, 'email', 'mario.rossi@example.it');
  if (asked(el, 'mobile')) await type(el, 'mobile', '333 123 4567');
  if (asked(el, 'codesLost')) await tick(el, 'codesLost');
  await tick(el, 'privacyRead');
}

/** Every question a comune may ask in the reprint (`requests.reprint.asks`), and a parent or guardian for a minor. */
export const EVERY_QUESTION = {
  requests: { reprint: { asks: { birthDateAndPlace: true, mobile: true, lossDeclaration: true } } },
  eligibility: { minorsByParentOrGuardian: true },
};

/** A reprint form filled in for the endpoint channel: holder, answers and both sides of the card. */
export async function completeReprint(el: LitElement): Promise<void> {
  await fillHolder(el);
  await fillRest(el);
  await attach(el, 'cardFront', pdfFile());
  await attach(el, 'cardBack', await pngFile(400, 250));
}

/**
 * A contact update form filled in for an adult holder; the confirmation typed with other
 * capitals and a trailing space, as people do (the two must still match).
 */
export async function fillContactUpdate(el: LitElement): Promise<void> {
  await fillHolder(el);
  await type(el, 'email', 'mario.rossi@example.it');
  await type(el, 'emailConfirm', 'Mario.Rossi@example.it ');
  await type(el, 'mobile', '+39 333 123 4567');
  // Asked only where the comune's page sets the personal-contacts rule (Dalmine, not Trento).
  if (asked(el, 'contactsPersonal')) await tick(el, 'contactsPersonal');
  await tick(el, 'privacyRead');
}

/** A reprint form filled in (holder and answers, no files: email and counter channels) and submitted; its outcome. */
export async function submitFilledReprint(el: LitElement): Promise<HTMLElement> {
  await fillHolder(el);
  await fillRest(el);
  await submit(el);
  return outcome(el);
}

/** The receipt or the failure, once it shows. */
export async function outcome(el: LitElement): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('#outcome'), 'no outcome shown');
  return el.shadowRoot!.querySelector<HTMLElement>('#outcome')!;
}

/**
 * Hooks for a form test file: msw's worker running, a clean sessionStorage, page scripts
 * removed, and retries that wait milliseconds instead of seconds.
 */
export function formTestHooks(worker: SetupWorker, reset: () => void): void {
  const savedPolicy = { ...retryPolicy };
  before(() => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }));
  after(() => worker.stop());
  beforeEach(() => {
    reset();
    sessionStorage.clear();
    Object.assign(retryPolicy, { baseDelayMs: 5, maxDelayMs: 2000 });
  });
  afterEach(() => {
    removeAddedScripts();
    worker.resetHandlers();
    Object.assign(retryPolicy, savedPolicy);
  });
}

/** Presses Tab until the element with `id` inside `el` has focus, as a keyboard user would. */
export async function tabTo(el: LitElement, id: string): Promise<void> {
  const focusedId = () => el.shadowRoot!.activeElement?.id;
  for (let i = 0; i < 40 && focusedId() !== id; i++) await sendKeys({ press: 'Tab' });
  if (focusedId() !== id) throw new Error(`Tab never reached #${id}`);
}

/** The key a keyboard user presses on a choice: Space ticks a box or picks the focused radio. */
export const SPACE = { press: 'Space' } as const;

/**
 * Fills a form with the keyboard alone: for each field, Tab until it has focus, then type
 * the text or press the key. Ends by pressing Enter, which continues to the review, then
 * Tab to the button that sends and Enter.
 */
export async function fillByKeyboard(el: LitElement, steps: [field: string, input: string | typeof SPACE][]): Promise<void> {
  for (const [field, input] of steps) {
    await tabTo(el, `field-${field}`);
    await sendKeys(typeof input === 'string' ? { type: input } : input);
  }
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'review', 'the review did not open with focus on it');
  await tabToSubmit(el);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function tabToSubmit(el: LitElement): Promise<void> {
  const onSubmit = () => el.shadowRoot!.activeElement?.matches('button[type=submit]');
  for (let i = 0; i < 60 && !onSubmit(); i++) await sendKeys({ press: 'Tab' });
  if (!onSubmit()) throw new Error('Tab never reached the button that sends');
}

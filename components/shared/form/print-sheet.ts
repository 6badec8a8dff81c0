// "Stampa il riepilogo" prints the summary alone: one A4 sheet for the counter, in Italian,
// with the comune's name, the date, the request, what to bring and a line to sign — not the
// comune's page around it, the other widgets or faded buttons. "Stampa la ricevuta" prints
// the receipt the same way, in the citizen's language. A shadow root cannot hide the page
// around it, so the sheet sits in the page's body for the time of printing, but inside a
// closed shadow root: the page's scripts (a MutationObserver, an analytics tag) see an empty
// box, never the answers. It is written as text; its stylesheets are constructable, so a
// strict CSP allows them.
import { msg, str } from '@lit/localize';
import { appointmentWhen, pageAppointment } from '../../../src/booking/page-appointment.js';
import { speakIn } from '../../../src/locale.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';

const SHEET_CLASS = 'cie-print-sheet';
const PRINTING_CLASS = 'cie-printing';
/** The page's part: the sheet's box shows only in print, and then alone. */
const PAGE_STYLES = `
@media screen { .${SHEET_CLASS} { display: none !important; } }
@media print {
  @page { size: A4; margin: 16mm; }
  body.${PRINTING_CLASS} > :not(.${SHEET_CLASS}) { display: none !important; }
  body.${PRINTING_CLASS} { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .${SHEET_CLASS} { display: block !important; }
}`;
/** The sheet's own look, inside its shadow root. */
const SHEET_STYLES = `
:host { display: block; font: 11pt/1.45 "Titillium Web", system-ui, sans-serif; color: #000; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
p { margin: 0 0 2mm; }
dl { display: grid; grid-template-columns: 40% 60%; margin: 4mm 0; border-top: 0.3mm solid #000; }
dt, dd { margin: 0; padding: 1.5mm 2mm 1.5mm 0; border-bottom: 0.2mm solid #999; overflow-wrap: anywhere; }
dt { font-weight: 600; }
ul { margin: 0; padding-left: 5mm; }
.signature { margin-top: 14mm; display: flex; gap: 10mm; }
.signature p { flex: 1; border-top: 0.3mm solid #000; padding-top: 1mm; }`;

const ADOPTED = Symbol.for('cie-widgets.print-sheet-styles');

/** The page's stylesheet adopted once (a second copy of the bundle finds it there), and the sheet's own. */
function printStyles(): CSSStyleSheet {
  const doc = document as Document & { [ADOPTED]?: CSSStyleSheet };
  if (doc[ADOPTED]) return doc[ADOPTED];
  const page = new CSSStyleSheet();
  page.replaceSync(PAGE_STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SHEET_STYLES);
  return (doc[ADOPTED] = sheet);
}

const element = (tag: string, text?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The sheet's content, always in Italian: it is for the comune's office. */
function sheetFor(o: { settings: Settings; service: RequestService; title: string; rows: [string, string][]; now: Date }): HTMLElement {
  return speakIn('it', () => {
    const root = element('section');
    root.lang = 'it';
    const date = new Intl.DateTimeFormat('it', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(o.now);
    const list = element('dl');
    for (const [label, value] of o.rows) list.append(element('dt', label), element('dd', value));
    const bring = element('ul');
    // What the comune says to bring, where it says it; else the card.
    const { channel } = o.service;
    const comuneList = channel.type === 'walk-in' ? channel.whatToBring : channel.type === 'appointment' ? o.settings.booking?.whatToBring : undefined;
    const hasModule = (o.service.module || o.service.moduleUrl) && !o.service.summaryAccepted;
    const things = [
      ...(comuneList ? comuneList.map((item) => comuneText(item, 'it')) : [msg('La carta d’identità elettronica')]),
      ...(hasModule ? [o.service.module ? `${msg('Il modulo del Comune, compilato:')} «${comuneText(o.service.module.title, 'it')}»` : msg('Il modulo del Comune, compilato')] : []),
    ];
    for (const thing of new Set(things)) bring.append(element('li', thing));
    const signature = element('div');
    signature.className = 'signature';
    signature.append(element('p', msg('Luogo e data')), element('p', msg('Firma del richiedente')));
    // The appointment booked on this page, where the request goes to the counter by appointment.
    const booked = channel.type === 'appointment' ? pageAppointment(o.settings.id) : undefined;
    root.append(
      element('h1', comuneText(o.settings.name, 'it')),
      element('p', `${o.title} — ${msg('riepilogo per lo sportello')}`),
      element('p', `${msg('Preparato il')} ${date}`),
      ...(booked
        ? [element('p', msg(str`Appuntamento allo sportello: ${appointmentWhen(booked, 'it')}`)), ...(booked.code ? [element('p', msg(str`Codice della prenotazione: ${booked.code}`))] : [])]
        : []),
      list,
      element('h2', msg('Da portare allo sportello')),
      bring,
      signature,
    );
    return root;
  });
}

/** Prints the summary sheet alone; the page is as it was once the print dialog closes. */
export function printSummary(o: { settings: Settings; service: RequestService; title: string; rows: [string, string][] }): void {
  printSheet(sheetFor({ ...o, now: new Date() }));
}

/** Prints the receipt alone, in the citizen's language: its lines as the downloaded receipt has them, the comune's name as title. */
export function printReceipt(text: string, lang: string): void {
  const root = element('section');
  root.lang = lang;
  const [title, ...lines] = text.split('\n').filter((line) => line.trim());
  root.append(element('h1', title), ...lines.map((line) => element('p', line)));
  printSheet(root);
}

function printSheet(content: HTMLElement): void {
  const styles = printStyles();
  document.querySelectorAll(`body > .${SHEET_CLASS}`).forEach((old) => old.remove());
  const box = element('div');
  box.className = SHEET_CLASS;
  const shadow = box.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [styles];
  shadow.append(content);
  document.body.append(box);
  document.body.classList.add(PRINTING_CLASS);
  // Gone once printed; where a browser never says so (some phones), at the citizen's next touch or key.
  const done = () => {
    box.remove();
    document.body.classList.remove(PRINTING_CLASS);
    window.removeEventListener('afterprint', done);
    for (const type of LATER) window.removeEventListener(type, done, true);
  };
  window.addEventListener('afterprint', done);
  window.print();
  for (const type of LATER) window.addEventListener(type, done, true);
}

/** What a citizen does on the page once the print dialog is gone. */
const LATER = ['pointerdown', 'keydown'] as const;

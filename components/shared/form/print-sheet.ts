// "Stampa il riepilogo" prints the summary alone: one A4 sheet for the counter, in Italian,
// with the comune's name, the date, the request, what to bring and a line to sign — not the
// comune's page around it, the other widgets or faded buttons. "Stampa la ricevuta" prints
// the receipt the same way, in the citizen's language. The sheet is written into the
// page's own DOM for the time of printing (a shadow root cannot hide the page around it),
// as text; its stylesheet is constructable, so a strict CSP allows it.
import { msg } from '@lit/localize';
import { speakIn } from '../../../src/locale.js';
import { comuneText } from '../../../src/settings/comune-text.js';
import type { RequestService, Settings } from '../../../src/settings/schema.js';

const SHEET_CLASS = 'cie-print-sheet';
const PRINTING_CLASS = 'cie-printing';
const STYLES = `
@media screen { .${SHEET_CLASS} { display: none !important; } }
@media print {
  @page { size: A4; margin: 16mm; }
  body.${PRINTING_CLASS} > :not(.${SHEET_CLASS}) { display: none !important; }
  body.${PRINTING_CLASS} { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .${SHEET_CLASS} { display: block; font: 11pt/1.45 "Titillium Web", system-ui, sans-serif; color: #000; }
  .${SHEET_CLASS} h1 { font-size: 16pt; margin: 0 0 2mm; }
  .${SHEET_CLASS} h2 { font-size: 12pt; margin: 6mm 0 2mm; }
  .${SHEET_CLASS} p { margin: 0 0 2mm; }
  .${SHEET_CLASS} dl { display: grid; grid-template-columns: 40% 60%; margin: 4mm 0; border-top: 0.3mm solid #000; }
  .${SHEET_CLASS} dt, .${SHEET_CLASS} dd { margin: 0; padding: 1.5mm 2mm 1.5mm 0; border-bottom: 0.2mm solid #999; overflow-wrap: anywhere; }
  .${SHEET_CLASS} dt { font-weight: 600; }
  .${SHEET_CLASS} ul { margin: 0; padding-left: 5mm; }
  .${SHEET_CLASS} .signature { margin-top: 14mm; display: flex; gap: 10mm; }
  .${SHEET_CLASS} .signature p { flex: 1; border-top: 0.3mm solid #000; padding-top: 1mm; }
}`;

const ADOPTED = Symbol.for('cie-widgets.print-sheet-styles');

function adoptPrintStyles(): void {
  const doc = document as Document & { [ADOPTED]?: true };
  if (doc[ADOPTED]) return;
  doc[ADOPTED] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
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
    root.className = SHEET_CLASS;
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
    root.append(
      element('h1', comuneText(o.settings.name, 'it')),
      element('p', `${o.title} — ${msg('riepilogo per lo sportello')}`),
      element('p', `${msg('Preparato il')} ${date}`),
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
  root.className = SHEET_CLASS;
  root.lang = lang;
  const [title, ...lines] = text.split('\n').filter((line) => line.trim());
  root.append(element('h1', title), ...lines.map((line) => element('p', line)));
  printSheet(root);
}

function printSheet(sheet: HTMLElement): void {
  adoptPrintStyles();
  document.querySelectorAll(`body > .${SHEET_CLASS}`).forEach((old) => old.remove());
  document.body.append(sheet);
  document.body.classList.add(PRINTING_CLASS);
  window.addEventListener(
    'afterprint',
    () => {
      sheet.remove();
      document.body.classList.remove(PRINTING_CLASS);
    },
    { once: true },
  );
  window.print();
}

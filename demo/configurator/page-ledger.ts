// "Cosa dirà la pagina": the comune's page as the ledger reads it (`npm run claims`), for the
// settings being configured: every sentence the elements show before a citizen answers, with
// its source, so an editor checks it against the comune's own page before publishing.
import { html, nothing } from 'lit';
import { claimsPageTags, ledger, sentencesIn } from '../../scripts/claims-page.js';
import type { CieElement } from '../../components/shared/cie-element.js';
import { NATIONAL_SOURCES } from '../../src/national.js';

export interface LedgerEntry {
  sentence: string;
  sources: string[];
}

/**
 * Renders every element for the settings in `configId` (the preview's script) off-screen in
 * `host`, the guide once per situation, and reads what they say; the elements go once read.
 */
export async function readPageLedger(host: HTMLElement, configId: string, lang: string, settings: unknown, withContactUpdate: boolean): Promise<LedgerEntry[]> {
  const box = document.createElement('div');
  // Laid out at a phone's width, out of sight: read, not shown (hidden elements would not be read).
  Object.assign(box.style, { position: 'absolute', left: '-10000px', top: '0', width: '360px' });
  box.innerHTML = claimsPageTags(`config="${configId}" lang="${lang}"`, withContactUpdate);
  host.append(box);
  try {
    const elements = [...box.children] as CieElement[];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.ready)));
    return ledger(sentencesIn(box), settings, NATIONAL_SOURCES);
  } finally {
    box.remove();
  }
}

/** A source as the editor reads it, in Italian. */
function sourceText(source: string): string {
  if (source === 'wording of the widgets') return 'parole dei widget';
  const field = /^settings (.+)$/.exec(source);
  if (field) return `impostazioni: ${field[1]}`;
  const fact = /^national (\w+) \((\S+), ([\d-]+)\)$/.exec(source);
  return fact ? `fatto nazionale «${fact[1]}»: ${fact[2]} (verificato ${fact[3]})` : source;
}

export function renderPageLedger(entries: readonly LedgerEntry[]) {
  return html`<ol class="page-ledger">
    ${entries.map(
      ({ sentence, sources }) => html`<li>
        <q>${sentence}</q>
        <span class="hint">${sources.map(sourceText).join(' · ')}</span>
      </li>`,
    )}
  </ol>`;
}

/** The page's sentences with their sources, to read beside the comune's own service page: read on a click. */
export function ledgerPanel({ ledger, ready, languageName, read }: { ledger?: { entries: readonly LedgerEntry[] } | 'reading'; ready: boolean; languageName: string; read: () => void }) {
  return html`<div class="ledger" aria-labelledby="ledger-heading">
    <h3 id="ledger-heading">Cosa dirà la pagina, frase per frase</h3>
    <p class="hint">
      Ogni frase che gli elementi mostrano prima che il cittadino risponda (la guida in ogni situazione, la scheda servizio, i moduli,
      i contatti, la prenotazione), con la sua fonte: un campo delle impostazioni, un fatto nazionale con la pagina del Ministero, o le
      parole dei widget. Confrontatele con la pagina del servizio del comune prima di pubblicare.
    </p>
    <button type="button" ?disabled=${!ready || ledger === 'reading'} @click=${read}>Mostra le frasi (${languageName})</button>
    ${ledger && ledger !== 'reading' ? renderPageLedger(ledger.entries) : nothing}
  </div>`;
}

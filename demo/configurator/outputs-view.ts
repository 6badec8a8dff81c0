// The configurator's last step: the settings file to copy or download, and the HTML to
// paste in the variant the comune's CMS keeps, with the pinned script line and the
// preload lines of the chosen elements.
import { html, nothing } from 'lit';
import type { ElementTag } from '../../src/elements.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import { INTEGRITY, preloadLines, scriptLine } from './release.js';
import { htmlSnippet, settingsFileText, VARIANTS, type HtmlVariant } from './snippets.js';

export interface Outputs {
  /** The settings as copied (sealed where they check). */
  settings: object;
  problems: readonly SettingsProblem[];
  tags: ElementTag[];
  language: 'it' | 'en' | 'de';
  variant: HtmlVariant;
  settingsUrl: string;
  folderUrl: string;
  setVariant(variant: HtmlVariant): void;
  setSettingsUrl(url: string): void;
  setFolderUrl(url: string): void;
  copy(text: string, what: string, fallback: string): void;
  download(): void;
}

export function outputsView(o: Outputs) {
  const json = settingsFileText(o.settings);
  const snippet = htmlSnippet(o.settings, {
    variant: o.variant,
    tags: o.tags,
    scriptLine: scriptLine(o.folderUrl),
    preloadLines: preloadLines(o.folderUrl, o.tags, o.language),
    settingsUrl: o.settingsUrl,
    lang: o.language,
  });
    return html`<section class="outputs" aria-labelledby="outputs-heading">
      <h2 id="outputs-heading">4. Copia e incolla</h2>
      ${o.problems.length
        ? html`<p class="warning">Le impostazioni hanno ancora ${o.problems.length === 1 ? 'un problema' : `${o.problems.length} problemi`}: sulla pagina gli elementi lo segnalerebbero invece di mostrare il servizio.</p>`
        : nothing}
      <h3 id="json-heading">Il file delle impostazioni</h3>
      <textarea id="settings-json" class="code" readonly rows="8" aria-labelledby="json-heading" .value=${json}></textarea>
      <div class="actions">
        <button type="button" @click=${() => o.copy(json, 'il file delle impostazioni', '#settings-json')}>Copia il JSON</button>
        <button type="button" class="secondary" @click=${o.download}>Scarica il file</button>
      </div>
      <h3 id="html-heading">L’HTML da incollare</h3>
      <fieldset>
        <legend>Come lo conserva il vostro CMS</legend>
        ${(Object.keys(VARIANTS) as HtmlVariant[]).map(
          (variant) => html`<label class="check"
              ><input type="radio" name="html-variant" .checked=${o.variant === variant} aria-describedby="variant-${variant}" @change=${() => o.setVariant(variant)} />
              ${VARIANTS[variant].name}</label
            >
            <p class="hint" id="variant-${variant}">${VARIANTS[variant].about}</p>`,
        )}
      </fieldset>
      ${o.variant === 'inline'
        ? nothing
        : html`<div class="field">
            <label for="settings-url">Indirizzo del file delle impostazioni sul sito del comune</label>
            <input id="settings-url" type="text" .value=${o.settingsUrl} @input=${(event: Event) => o.setSettingsUrl((event.target as HTMLInputElement).value)} />
          </div>`}
      <div class="field">
        <label for="folder-url">Indirizzo della cartella cie-widgets (la versione resta nell’indirizzo)</label>
        <input id="folder-url" type="text" .value=${o.folderUrl} @input=${(event: Event) => o.setFolderUrl((event.target as HTMLInputElement).value)} />
      </div>
      <textarea id="html-snippet" class="code" readonly rows="10" aria-labelledby="html-heading" aria-describedby="integrity-note" .value=${snippet}></textarea>
      <p class="hint" id="integrity-note">
        ${INTEGRITY
          ? 'La riga dello script porta l’hash di integrità della cartella costruita: il browser rifiuta il file se ne cambia un byte.'
          : 'La riga dello script è senza hash di integrità: nessuna cartella è stata ancora costruita qui. Eseguite npm run build (poi riavviate npm start), o prendete la riga dal file snippet.html della cartella pubblicata.'}
      </p>
      <div class="actions">
        <button type="button" @click=${() => o.copy(snippet, 'l’HTML da incollare', '#html-snippet')}>Copia l’HTML</button>
      </div>
    </section>`;
}

/** Copies `text`; without clipboard access (a page opened from a file, an old browser) selects it to copy by hand. The status line to show. */
export async function copyText(root: ParentNode, text: string, what: string, fallback: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `Copiato negli appunti: ${what}.`;
  } catch {
    const area = root.querySelector<HTMLTextAreaElement>(fallback);
    area?.focus();
    area?.select();
    return `Testo selezionato: premi Ctrl+C (⌘C su Mac) per copiare ${what}.`;
  }
}

/** The settings as a file named after the comune's id (`impostazioni.json` without one). */
export function downloadSettings(settings: object, id: unknown) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([settingsFileText(settings)], { type: 'application/json' }));
  link.download = `${typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : 'impostazioni'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

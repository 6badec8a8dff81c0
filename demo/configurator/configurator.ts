// <cie-configurator>: a comune's settings written in a form instead of JSON, checked as
// the elements check them, previewed with the elements themselves, copied as a file and
// as the HTML to paste. Italian only: it is a tool for the comune's web editors.
import { html, LitElement, nothing } from 'lit';
import { agidGaps } from './agid-gaps.js';
import { readPageLedger, renderPageLedger, type LedgerEntry } from './page-ledger.js';
import { state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { toJSONSchema } from 'zod/mini';
import { loadPreset } from '../../src/presets/index.js';
import { problemsFromIssues, type SettingsProblem } from '../../src/settings/problems.js';
import { SETTINGS_REFERENCE } from '../../src/settings/reference.js';
import { SETTINGS_REFERENCE_IT } from '../../src/settings/reference-it.js';
import { documentSettingsSchema, type JsonNode } from '../../src/settings/reference-doc.js';
import { settingsSchema } from '../../src/settings/schema.js';
import { canonicalJson, sealed } from '../../src/settings/seal.js';
import { fieldId, pathName, settingsOf, valueAt, withoutItem, withValue, type Draft, type Path } from './draft.js';
import { labelOf } from './labels.js';
import { DEFAULT_FOLDER_URL, INTEGRITY, preloadLines, schemaUrl, scriptLine } from './release.js';
import { problemText, renderField, type FormContext } from './settings-form.js';
import type { ElementTag } from '../../src/elements.js';
import { EDITOR_ORDER, ELEMENT_NAMES, htmlSnippet, jsonForScript, namedSettings, settingsFileText, VARIANTS, type HtmlVariant } from './snippets.js';

/** The form, drawn from the published JSON Schema with the reference's words, in Italian, as hints. */
const SCHEMA = documentSettingsSchema(
  toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonNode,
  Object.fromEntries(Object.entries(SETTINGS_REFERENCE).map(([path, doc]) => [path, { ...doc, about: SETTINGS_REFERENCE_IT[path] ?? doc.about }])),
).schema;

/** Sections most comuni leave as they are: folded, opened when they hold a problem. */
const FOLDED = new Set(['contactRules', 'attachments', 'national', 'guideSteps', 'serviceCard']);

const SAVED = 'cie-configurator:draft';

const STARTS = {
  empty: { label: 'da zero', draft: (): Promise<Draft> => Promise.resolve({}) },
  trento: { label: 'dalle impostazioni di Trento', draft: async () => (await loadPreset('trento')) as Draft },
  dalmine: { label: 'dalle impostazioni di Dalmine', draft: async () => (await loadPreset('dalmine')) as Draft },
};

type Language = 'it' | 'en' | 'de';
const LANGUAGES: Record<Language, string> = { it: 'Italiano', en: 'English', de: 'Deutsch' };

let previews = 0;

export class CieConfigurator extends LitElement {
  @state() private draft: Draft = {};
  @state() private status = '';
  /** What a start or an import replaced, for one undo. */
  @state() private previous?: Draft;
  @state() private importReport?: { file: string; problems: SettingsProblem[] };
  @state() private language: Language = 'it';
  @state() private width: 'phone' | 'desktop' = 'phone';
  @state() private tags = new Set<ElementTag>(EDITOR_ORDER);
  @state() private variant: HtmlVariant = 'inline';
  @state() private settingsUrl = '/cie-widgets/impostazioni.json';
  @state() private folderUrl = DEFAULT_FOLDER_URL;
  /** The settings the preview shows, under a fresh id each time (elements reload on a new `config`); none yet while they are empty, not even for the moment after a start. */
  @state() private preview?: { id: string; script: HTMLScriptElement; empty: boolean };
  /** What the page will say, sentence by sentence, once the editor asked (in the preview's language). */
  @state() private pageLedger?: { language: Language; entries: LedgerEntry[] } | 'reading';
  /** The settings to copy with their seal, for the settings (canonical JSON) they seal. */
  @state() private sealedCopy?: { of: string; settings: object };
  private readonly typed = new Map<string, string>();
  private readonly typedJson = new Map<string, string>();
  private previewTimer?: ReturnType<typeof setTimeout>;

  /** Light DOM: the page's stylesheet applies, and the previewed elements find their settings script. */
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = localStorage.getItem(SAVED);
    if (saved) {
      try {
        this.draft = JSON.parse(saved) as Draft;
        this.status = 'Ripreso il lavoro salvato in questo browser.';
      } catch {
        localStorage.removeItem(SAVED);
      }
    }
    this.showPreview(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /** The settings as the elements will read them: the draft without empty fields. */
  get settings(): unknown {
    return settingsOf(this.draft) ?? {};
  }

  /** What is wrong with the settings, as the elements would say it; all of it, not the first 20. */
  get problems(): SettingsProblem[] {
    const settings = this.settings;
    const parsed = settingsSchema.safeParse(settings);
    const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, settings);
    for (const [where, text] of this.typedJson) {
      if (!parses(text)) problems.push({ reason: 'not-json', where, detail: 'kept as typed, left out of the settings until it is valid JSON' });
    }
    if (this.tags.has('cie-contact-update-form') && valueAt(settings, ['requests', 'contactUpdate']) === undefined) {
      problems.push({ reason: 'missing', where: 'requests.contactUpdate', detail: 'the contact update form on the page needs it' });
    }
    return problems;
  }

  private edit(draft: Draft) {
    this.draft = draft;
    this.pageLedger = undefined; // said of the settings before: read again on request
    localStorage.setItem(SAVED, JSON.stringify(draft));
    this.showPreview(300);
  }

  /** The preview follows the form a moment after typing stops, not at every key. */
  private showPreview(delay: number) {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      previews += 1;
      // Made here, not in the template: Lit writes no text inside a <script>.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = `cie-configurator-preview-${previews}`;
      script.textContent = jsonForScript(this.settings);
      this.preview = { id: script.id, script, empty: Object.keys(this.draft).length === 0 };
    }, delay);
  }

  private async start(from: keyof typeof STARTS) {
    const before = this.draft;
    const draft = structuredClone(await STARTS[from].draft());
    this.forgetTyped();
    this.importReport = undefined;
    this.previous = Object.keys(before).length ? before : undefined;
    this.edit(draft);
    this.status = `Si parte ${STARTS[from].label}.`;
  }

  /** After a start, an import or a removal the form shows the settings again, not old keystrokes. */
  private forgetTyped() {
    this.typed.clear();
    this.typedJson.clear();
  }

  private undo() {
    if (!this.previous) return;
    this.forgetTyped();
    this.edit(this.previous);
    this.previous = undefined;
    this.importReport = undefined;
    this.status = 'Ripristinate le impostazioni di prima.';
  }

  private async importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.importReport = { file: file.name, problems: [{ reason: 'not-json', where: file.name, detail: (error as Error).message }] };
      this.status = `Il file ${file.name} non è JSON valido: le impostazioni non sono cambiate.`;
      return;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.importReport = { file: file.name, problems: [{ reason: 'invalid', where: file.name, detail: 'must be a JSON object: { … }' }] };
      this.status = `Il file ${file.name} non contiene impostazioni: le impostazioni non sono cambiate.`;
      return;
    }
    const before = this.draft;
    this.forgetTyped();
    this.previous = Object.keys(before).length ? before : undefined;
    this.edit(parsed as Draft);
    const problems = this.problems;
    this.importReport = { file: file.name, problems };
    this.status = problems.length
      ? `Importato ${file.name}: ${problems.length === 1 ? 'un problema' : `${problems.length} problemi`} da correggere.`
      : `Importato ${file.name}: le impostazioni sono corrette.`;
  }

  private readonly form: Omit<FormContext, 'draft' | 'problems'> = {
    typed: this.typed,
    typedJson: this.typedJson,
    current: (path: Path) => valueAt(this.draft, path),
    set: (path: Path, value: unknown, typed?: { text: string; json?: boolean }) => {
      const kept = typed?.json ? this.typedJson : this.typed;
      if (typed) kept.set(pathName(path), typed.text);
      else this.typed.delete(pathName(path));
      this.edit(withValue(this.draft, path, value));
    },
    remove: (path: Path) => {
      this.forgetTyped();
      this.edit(withoutItem(this.draft, path));
      this.status = `Rimosso: ${labelOf(path).toLowerCase()}.`;
    },
  };

  private removeUnknown(problem: SettingsProblem) {
    const path = problem.where.split(/\.|\[(\d+)\]/).filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    this.edit(withValue(this.draft, path, undefined));
    this.status = `Rimosso il campo sconosciuto ${problem.where}.`;
  }

  private async copy(text: string, what: string, fallback: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.status = `Copiato negli appunti: ${what}.`;
    } catch {
      // Without clipboard access (a page opened from a file, an old browser): selected, to copy by hand.
      const area = this.querySelector<HTMLTextAreaElement>(fallback);
      area?.focus();
      area?.select();
      this.status = `Testo selezionato: premi Ctrl+C (⌘C su Mac) per copiare ${what}.`;
    }
  }

  /**
   * What the editor copies: the settings naming their schema and, once they have no
   * problem, sealed (src/settings/seal.ts), so pages need not check them again. The seal
   * is computed a moment after each change (Web Crypto answers asynchronously).
   */
  private get copied(): object {
    const named = namedSettings(this.settings, schemaUrl(this.folderUrl));
    const parsed = settingsSchema.safeParse(named);
    if (!parsed.success || this.problems.length) return named;
    const of = canonicalJson(parsed.data);
    if (this.sealedCopy?.of === of) return this.sealedCopy.settings;
    void sealed(parsed.data).then((settings) => {
      if (canonicalJson(namedSettings(this.settings, schemaUrl(this.folderUrl))) === canonicalJson(named)) this.sealedCopy = { of, settings };
    });
    return named;
  }

  private download() {
    const id = valueAt(this.settings, ['id']);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([settingsFileText(this.copied)], { type: 'application/json' }));
    link.download = `${typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : 'impostazioni'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  protected override render() {
    const problems = this.problems;
    const byField = new Map<string, SettingsProblem[]>();
    for (const problem of problems) byField.set(problem.where, [...(byField.get(problem.where) ?? []), problem]);
    const ctx: FormContext = { ...this.form, draft: this.draft, problems: byField };
    return html`
      <p class="status" role="status">${this.status}</p>
      ${this.renderStart()}
      <div class="workspace">
        <form class="settings" novalidate aria-labelledby="settings-heading" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="settings-heading">2. Le impostazioni del comune</h2>
          ${this.renderSummary(problems)} ${this.renderFields(ctx, problems)}
        </form>
        ${this.renderPreview()}
      </div>
      ${this.renderOutputs(problems)}
    `;
  }

  private renderStart() {
    const report = this.importReport;
    return html`<section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">1. Da dove partire</h2>
      <div class="actions">
        <button type="button" @click=${() => this.start('empty')}>Da zero</button>
        <button type="button" @click=${() => this.start('trento')}>Da Trento</button>
        <button type="button" @click=${() => this.start('dalmine')}>Da Dalmine</button>
        <label class="button secondary" for="import-file">Importa un file di impostazioni…</label>
        <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" @change=${this.importFile} />
        ${this.previous ? html`<button type="button" class="secondary" @click=${this.undo}>Torna alle impostazioni di prima</button>` : nothing}
      </div>
      ${report
        ? html`<div class="import-report" role="region" aria-labelledby="import-heading">
            <h3 id="import-heading">
              ${report.problems.length
                ? `Il file ${report.file}: ${report.problems.length === 1 ? 'un problema' : `${report.problems.length} problemi`}`
                : `Il file ${report.file} è corretto`}
            </h3>
            ${report.problems.length ? html`<ul>${report.problems.map((problem) => html`<li>${problemText(problem)}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  /** What AgID's checker will miss on the service card with these settings: fixable here, before publishing. */
  private renderAgidGaps() {
    const gaps = agidGaps(this.settings);
    if (!gaps.length) return nothing;
    return html`<div class="agid-gaps" aria-labelledby="agid-heading">
      <h3 id="agid-heading">Per il controllo AgID della scheda servizio (mode="service-card")</h3>
      <ul>
        ${gaps.map((gap) => html`<li>${gap}</li>`)}
      </ul>
    </div>`;
  }

  private renderSummary(problems: SettingsProblem[]) {
    if (!problems.length) return html`<p class="valid">Le impostazioni sono corrette: gli elementi le possono usare.</p>${this.renderAgidGaps()}`;
    return html`<div class="problems" aria-labelledby="problems-heading">
      <h3 id="problems-heading">${problems.length === 1 ? 'Un problema da correggere' : `${problems.length} problemi da correggere`}</h3>
      <ul>
        ${problems.map(
          (problem) => html`<li>
            ${problem.reason === 'unknown-field'
              ? html`${problemText(problem)}
                  <button type="button" class="secondary" @click=${() => this.removeUnknown(problem)}>
                    Rimuovi<span class="visually-hidden"> il campo ${problem.where}</span>
                  </button>`
              : html`<a href="#${this.targetOf(problem.where)}" @click=${(event: Event) => this.goTo(event, problem.where)}>${problemText(problem)}</a>`}
          </li>`,
        )}
      </ul>
    </div>
    ${this.renderAgidGaps()}`;
  }

  /** The id of the field a problem names, or of the nearest field the form shows around it. */
  private targetOf(where: string): string {
    const path = where.split(/\.|\[(\d+)\]/).filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    for (let length = path.length; length > 0; length -= 1) {
      const id = fieldId(path.slice(0, length));
      if (this.querySelector(`#${CSS.escape(id)}`)) return id;
    }
    return 'settings-heading';
  }

  private goTo(event: Event, where: string) {
    event.preventDefault();
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(this.targetOf(where))}`);
    for (let details = target?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  private renderFields(ctx: FormContext, problems: SettingsProblem[]) {
    const entries = Object.entries(SCHEMA.properties ?? {});
    const field = ([name, node]: [string, JsonNode]) => renderField(node, [name], SCHEMA.required?.includes(name) ? 'required' : 'optional', ctx);
    const folded = entries.filter(([name]) => FOLDED.has(name));
    const troubled = problems.some((problem) => folded.some(([name]) => problem.where.startsWith(name)));
    return html`${entries.filter(([name]) => !FOLDED.has(name)).map(field)}
      <details class="more" ?open=${troubled}>
        <summary>Altre impostazioni (facoltative): regole sui contatti, allegati, link nazionali, passi della guida, scheda servizio</summary>
        ${folded.map(field)}
      </details>`;
  }

  private renderPreview() {
    const tags = EDITOR_ORDER.filter((tag) => this.tags.has(tag));
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">3. Anteprima</h2>
      <fieldset class="inline">
        <legend>Lingua</legend>
        ${(Object.keys(LANGUAGES) as Language[]).map(
          (language) => html`<label class="check"
            ><input type="radio" name="preview-language" .checked=${this.language === language} @change=${() => (this.language = language)} />
            ${LANGUAGES[language]}</label
          >`,
        )}
      </fieldset>
      <fieldset class="inline">
        <legend>Larghezza</legend>
        <label class="check"><input type="radio" name="preview-width" .checked=${this.width === 'phone'} @change=${() => (this.width = 'phone')} /> Telefono (360 px)</label>
        <label class="check"><input type="radio" name="preview-width" .checked=${this.width === 'desktop'} @change=${() => (this.width = 'desktop')} /> Computer</label>
      </fieldset>
      <fieldset class="inline">
        <legend>Elementi nella pagina</legend>
        ${EDITOR_ORDER.map(
          (tag) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${this.tags.has(tag)}
              @change=${(event: Event) => {
                const tags = new Set(this.tags);
                if ((event.target as HTMLInputElement).checked) tags.add(tag);
                else tags.delete(tag);
                this.tags = tags;
              }}
            />
            ${ELEMENT_NAMES[tag]}</label
          >`,
        )}
      </fieldset>
      <div class="frame ${this.width}" style=${styleMap({ width: this.width === 'phone' ? '360px' : '' })}>
        ${this.preview && !this.preview.empty && Object.keys(this.draft).length
          ? html`${this.preview.script} ${tags.map((tag) => previewOf(tag, this.preview!.id, this.language))}`
          : html`<p class="hint">Gli elementi appariranno qui appena ci sono impostazioni: partite da zero, da Trento o da Dalmine, o importate un file.</p>`}
      </div>
      ${this.renderLedger()}
    </section>`;
  }

  private async readLedger() {
    if (!this.preview || this.pageLedger === 'reading') return;
    const language = this.language;
    this.pageLedger = 'reading';
    const withContactUpdate = valueAt(this.settings, ['requests', 'contactUpdate']) !== undefined;
    const entries = await readPageLedger(this, this.preview.id, language, this.settings, withContactUpdate);
    this.pageLedger = { language, entries };
    this.status = `La pagina dirà ${entries.length} frasi: sono elencate sotto l’anteprima, ciascuna con la sua fonte.`;
  }

  /** The page's sentences with their sources, to read beside the comune's own service page. */
  private renderLedger() {
    const ledger = this.pageLedger;
    const ready = Boolean(this.preview && !this.preview.empty && !this.problems.length);
    return html`<div class="ledger" aria-labelledby="ledger-heading">
      <h3 id="ledger-heading">Cosa dirà la pagina, frase per frase</h3>
      <p class="hint">
        Ogni frase che gli elementi mostrano prima che il cittadino risponda (la guida in ogni situazione, la scheda servizio, i moduli,
        i contatti, la prenotazione), con la sua fonte: un campo delle impostazioni, un fatto nazionale con la pagina del Ministero, o le
        parole dei widget. Confrontatele con la pagina del servizio del comune prima di pubblicare.
      </p>
      <button type="button" ?disabled=${!ready || ledger === 'reading'} @click=${this.readLedger}>Mostra le frasi (${LANGUAGES[this.language]})</button>
      ${ledger && ledger !== 'reading' ? renderPageLedger(ledger.entries) : nothing}
    </div>`;
  }

  private renderOutputs(problems: SettingsProblem[]) {
    const settings = this.copied;
    const json = settingsFileText(settings);
    const tags = EDITOR_ORDER.filter((tag) => this.tags.has(tag));
    const snippet = htmlSnippet(settings, {
      variant: this.variant,
      tags,
      scriptLine: scriptLine(this.folderUrl),
      preloadLines: preloadLines(this.folderUrl, tags, this.language),
      settingsUrl: this.settingsUrl,
      lang: this.language,
    });
    return html`<section class="outputs" aria-labelledby="outputs-heading">
      <h2 id="outputs-heading">4. Copia e incolla</h2>
      ${problems.length
        ? html`<p class="warning">Le impostazioni hanno ancora ${problems.length === 1 ? 'un problema' : `${problems.length} problemi`}: sulla pagina gli elementi lo segnalerebbero invece di mostrare il servizio.</p>`
        : nothing}
      <h3 id="json-heading">Il file delle impostazioni</h3>
      <textarea id="settings-json" class="code" readonly rows="8" aria-labelledby="json-heading" .value=${json}></textarea>
      <div class="actions">
        <button type="button" @click=${() => this.copy(json, 'il file delle impostazioni', '#settings-json')}>Copia il JSON</button>
        <button type="button" class="secondary" @click=${this.download}>Scarica il file</button>
      </div>
      <h3 id="html-heading">L’HTML da incollare</h3>
      <fieldset>
        <legend>Come lo conserva il vostro CMS</legend>
        ${(Object.keys(VARIANTS) as HtmlVariant[]).map(
          (variant) => html`<label class="check"
              ><input type="radio" name="html-variant" .checked=${this.variant === variant} aria-describedby="variant-${variant}" @change=${() => (this.variant = variant)} />
              ${VARIANTS[variant].name}</label
            >
            <p class="hint" id="variant-${variant}">${VARIANTS[variant].about}</p>`,
        )}
      </fieldset>
      ${this.variant === 'inline'
        ? nothing
        : html`<div class="field">
            <label for="settings-url">Indirizzo del file delle impostazioni sul sito del comune</label>
            <input id="settings-url" type="text" .value=${this.settingsUrl} @input=${(event: Event) => (this.settingsUrl = (event.target as HTMLInputElement).value)} />
          </div>`}
      <div class="field">
        <label for="folder-url">Indirizzo della cartella cie-widgets (la versione resta nell’indirizzo)</label>
        <input id="folder-url" type="text" .value=${this.folderUrl} @input=${(event: Event) => (this.folderUrl = (event.target as HTMLInputElement).value)} />
      </div>
      <textarea id="html-snippet" class="code" readonly rows="10" aria-labelledby="html-heading" aria-describedby="integrity-note" .value=${snippet}></textarea>
      <p class="hint" id="integrity-note">
        ${INTEGRITY
          ? 'La riga dello script porta l’hash di integrità della cartella costruita: il browser rifiuta il file se ne cambia un byte.'
          : 'La riga dello script è senza hash di integrità: nessuna cartella è stata ancora costruita qui. Eseguite npm run build (poi riavviate npm start), o prendete la riga dal file snippet.html della cartella pubblicata.'}
      </p>
      <div class="actions">
        <button type="button" @click=${() => this.copy(snippet, 'l’HTML da incollare', '#html-snippet')}>Copia l’HTML</button>
      </div>
    </section>`;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return text.trim() === '';
  }
}

function previewOf(tag: ElementTag, config: string, lang: Language) {
  switch (tag) {
    case 'cie-procedure-guide':
      return html`<cie-procedure-guide config=${config} lang=${lang}></cie-procedure-guide>`;
    case 'cie-reprint-form':
      return html`<cie-reprint-form id="richiesta-ristampa" config=${config} lang=${lang}></cie-reprint-form>`;
    case 'cie-contact-update-form':
      return html`<cie-contact-update-form id="richiesta-contatti" config=${config} lang=${lang}></cie-contact-update-form>`;
    case 'cie-contacts-card':
      return html`<cie-contacts-card config=${config} lang=${lang}></cie-contacts-card>`;
    case 'cie-appointment-link':
      return html`<cie-appointment-link config=${config} lang=${lang}></cie-appointment-link>`;
  }
}

if (!customElements.get('cie-configurator')) customElements.define('cie-configurator', CieConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'cie-configurator': CieConfigurator;
  }
}

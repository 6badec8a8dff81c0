// <cie-configurator>: a comune's settings written in a form instead of JSON, checked as
// the elements check them, previewed with the elements themselves, copied as a file and
// as the HTML to paste. Italian only: it is a tool for the comune's web editors.
import { html, LitElement } from 'lit';
import { agidGaps } from './agid-gaps.js';
import { ledgerPanel, readPageLedger, type LedgerEntry } from './page-ledger.js';
import { state } from 'lit/decorators.js';
import { toJSONSchema } from 'zod/mini';
import { loadPreset } from '../../src/presets/index.js';
import { problemsFromIssues, type SettingsProblem } from '../../src/settings/problems.js';
import { SETTINGS_REFERENCE } from '../../src/settings/reference.js';
import { SETTINGS_REFERENCE_IT } from '../../src/settings/reference-it.js';
import { documentSettingsSchema, type JsonNode } from '../../src/settings/reference-doc.js';
import { settingsSchema } from '../../src/settings/schema.js';
import { canonicalJson, sealed } from '../../src/settings/seal.js';
import { pathName, settingsOf, valueAt, withoutItem, withValue, type Draft, type Path } from './draft.js';
import { labelOf } from './labels.js';
import { DEFAULT_FOLDER_URL, schemaUrl } from './release.js';
import { copyText, downloadSettings, outputsView } from './outputs-view.js';
import { parsesAsJson, readSettingsFile, startView } from './start-view.js';
import { summaryView } from './summary-view.js';
import { LANGUAGES, previewView, type Language } from './preview-view.js';
import { renderField, type FormContext } from './settings-form.js';
import type { ElementTag } from '../../src/elements.js';
import { EDITOR_ORDER, jsonForScript, namedSettings, type HtmlVariant } from './snippets.js';

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
      if (!parsesAsJson(text)) problems.push({ reason: 'not-json', where, detail: 'kept as typed, left out of the settings until it is valid JSON' });
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
    const read = await readSettingsFile(file);
    input.value = '';
    if (!read.ok) {
      this.importReport = { file: file.name, problems: [read.problem] };
      this.status = read.status;
      return;
    }
    const before = this.draft;
    this.forgetTyped();
    this.previous = Object.keys(before).length ? before : undefined;
    this.edit(read.draft);
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

  protected override render() {
    const problems = this.problems;
    const byField = new Map<string, SettingsProblem[]>();
    for (const problem of problems) byField.set(problem.where, [...(byField.get(problem.where) ?? []), problem]);
    const ctx: FormContext = { ...this.form, draft: this.draft, problems: byField };
    return html`
      <p class="status" role="status">${this.status}</p>
      ${startView({
        report: this.importReport,
        canUndo: Boolean(this.previous),
        start: (from) => void this.start(from),
        importFile: (event) => void this.importFile(event),
        undo: () => this.undo(),
      })}
      <div class="workspace">
        <form class="settings" novalidate aria-labelledby="settings-heading" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="settings-heading">2. Le impostazioni del comune</h2>
          ${summaryView({ problems, gaps: agidGaps(this.settings), root: this, removeUnknown: (problem) => this.removeUnknown(problem) })}
          ${this.renderFields(ctx, problems)}
        </form>
        ${previewView({
          ...{ language: this.language, width: this.width, tags: this.tags, preview: this.preview },
          hasSettings: Object.keys(this.draft).length > 0,
          ledger: ledgerPanel({
            ledger: this.pageLedger,
            ready: Boolean(this.preview && !this.preview.empty && !this.problems.length),
            languageName: LANGUAGES[this.language],
            read: () => void this.readLedger(),
          }),
          setLanguage: (language) => (this.language = language),
          setWidth: (width) => (this.width = width),
          toggle: (tag, shown) => (this.tags = new Set([...this.tags].filter((other) => other !== tag).concat(shown ? [tag] : []))),
        })}
      </div>
      ${outputsView({
        settings: this.copied,
        problems,
        tags: EDITOR_ORDER.filter((tag) => this.tags.has(tag)),
        ...{ language: this.language, variant: this.variant, settingsUrl: this.settingsUrl, folderUrl: this.folderUrl },
        setVariant: (variant) => (this.variant = variant),
        setSettingsUrl: (url) => (this.settingsUrl = url),
        setFolderUrl: (url) => (this.folderUrl = url),
        copy: (text, what, fallback) => void copyText(this, text, what, fallback).then((status) => (this.status = status)),
        download: () => downloadSettings(this.copied, valueAt(this.settings, ['id'])),
      })}
    `;
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

  private async readLedger() {
    if (!this.preview || this.pageLedger === 'reading') return;
    const language = this.language;
    this.pageLedger = 'reading';
    const withContactUpdate = valueAt(this.settings, ['requests', 'contactUpdate']) !== undefined;
    const entries = await readPageLedger(this, this.preview.id, language, this.settings, withContactUpdate);
    this.pageLedger = { language, entries };
    this.status = `La pagina dirà ${entries.length} frasi: sono elencate sotto l’anteprima, ciascuna con la sua fonte.`;
  }

}

if (!customElements.get('cie-configurator')) customElements.define('cie-configurator', CieConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'cie-configurator': CieConfigurator;
  }
}

import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale } from '../../src/settings/value-types.js';
import { loadSettings } from '../../src/settings/load.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { Settings } from '../../src/settings/schema.js';
import { LanguageController } from './language-controller.js';
import { clampLevel, heading } from './heading.js';
import { mayPassOnRetry, SettingsController } from './settings-controller.js';

/**
 * Said when even the words for wrong settings cannot arrive (the connection dropped, a
 * file missing from the CDN folder): never a blank box. The console has the details.
 * (The national help line is in those words; here it would cost every page 0.4 KB.)
 */
const unavailable = () => html`<div class="settings-error" part="settings-error">
  <p><strong>${msg('Questo servizio non è disponibile al momento.')}</strong></p>
</div>`;

/**
 * What every cie-* element shares: where its settings come from (with `data-*` twins,
 * because CMS editors strip unknown attributes), its language, and the states before
 * the settings are usable (loading, wrong).
 *
 * Theming, on the element or any ancestor (defaults are Bootstrap Italia's):
 * @cssproperty --cie-color-text - body text
 * @cssproperty --cie-color-primary - links, buttons, accents
 * @cssproperty --cie-color-muted - hints and secondary text
 * @cssproperty --cie-color-border - card borders and rules
 * @cssproperty --cie-color-surface - card and input background
 * @cssproperty --cie-color-focus - the focus ring's colour, next to the control
 * @cssproperty --cie-color-focus-ring - the focus ring's dark outer band, which keeps it visible on any light background
 * @cssproperty --cie-color-danger - errors and the settings-error box
 * @cssproperty --cie-color-success - what went well: the forms' receipt, the contacts card's "open now"
 * @cssproperty --cie-radius - corner radius
 * @cssproperty --cie-space - the base spacing
 * @cssproperty --cie-max-width - the widest the card grows
 * @cssproperty --cie-heading-size - the element's own heading
 * @cssproperty --cie-reserved-height - the height kept while the element loads, so the page below does not jump (defaults: src/reserved-space.ts)
 */
export abstract class CieElement extends LitElement {
  // Declared as static properties, not decorators: the same for Lit, and no decorator helpers on every page.
  static override properties: PropertyDeclarations = {
    comune: {},
    config: {},
    configSrc: { attribute: 'config-src' },
    headingLevel: { attribute: 'heading-level', type: Number },
    headingText: { attribute: 'heading-text' },
    hideHeading: { attribute: 'hide-heading', type: Boolean },
  };

  /** Preset id, e.g. `trento`. Twin: `data-comune`. */
  comune?: string;
  /** Id of an inline `<script type="application/json">`. Twin: `data-config`. */
  config?: string;
  /** URL of a settings JSON file. Twin: `data-config-src`. */
  configSrc?: string;
  /** Level of the element's own heading, to fit the page's outline. Twin: `data-heading-level`. */
  headingLevel?: number;
  /** The element's own title in other words, e.g. when the page's h1 already says the default. Twin: `data-heading-text`. */
  headingText?: string;
  /**
   * Hides the element's own title from sight, where the page's heading just above says it;
   * screen readers still hear it as the name of the element's region. Twin: `data-hide-heading`.
   */
  hideHeading = false;

  static override get observedAttributes(): string[] {
    // lang and the data-* twins are read from attributes, so their changes must re-run the task.
    return [
      ...super.observedAttributes,
      'lang',
      'data-lang',
      'data-comune',
      'data-config',
      'data-config-src',
      'data-heading-level',
      'data-heading-text',
      'data-hide-heading',
    ];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name.startsWith('data-')) this.requestUpdate();
  }

  /** Attribute overrides laid over every other settings source (e.g. a form's `endpoint`). */
  protected settingsOverrides(): Record<string, unknown> | undefined {
    return undefined;
  }

  /** Whether the element shows the service card, whose texts a preset brings only then. */
  protected get showsServiceCard(): boolean {
    return false;
  }

  /** Those overrides laid over settings checked already, when they need no checking; undefined when they do. */
  protected settingsOverChecked(_checked: unknown): unknown {
    return undefined;
  }

  /** The element's language; everything it says is worded through `language.speak()`. */
  protected readonly language = new LanguageController(this);

  /** The settings, loaded again when an attribute they depend on or the language changes. */
  protected readonly settingsLoad = new SettingsController(this, {
    key: () => [
      this.language.wanted,
      this.comune ?? this.twin('comune'),
      this.config ?? this.twin('config'),
      this.configSrc ?? this.twin('config-src'),
      // Attribute overrides (a form's endpoint) change the settings too.
      this.settingsOverrides() ?? null,
      this.showsServiceCard,
    ],
    load: async () => {
      const locale = this.language.wanted;
      const [, result] = await Promise.all([
        this.language.load(locale),
        loadSettings({
          comune: this.comune ?? this.twin('comune'),
          configId: this.config ?? this.twin('config'),
          configSrc: this.configSrc ?? this.twin('config-src'),
          serviceCard: this.showsServiceCard,
          overrides: this.settingsOverrides(),
          overChecked: (checked) => this.settingsOverChecked(checked),
          root: this.rootOf(),
        }),
      ]);
      const problems = result.ok ? this.problemsWith(result.settings) : result.problems;
      if (problems.length) {
        console.error(
          `[cie-widgets] <${this.localName}> cannot use its settings:\n` +
            problems.map((p) => `  ${p.where || '(settings)'}: ${p.detail}`).join('\n'),
          problems,
        );
        return { ok: false, problems };
      }
      return { ok: true, loaded: { settings: (result as { settings: Settings }).settings, locale } };
    },
    // The words for wrong settings come with them, in the element's language (a group of their own).
    problemsView: () =>
      Promise.all([import('./settings-problems.js'), this.language.loadPart('problems')]).then(
        ([words]) => words.renderSettingsProblems,
        () => unavailable,
      ),
  });

  /** What this element needs that valid settings may leave out (a form's request). */
  protected problemsWith(_settings: Settings): SettingsProblem[] {
    return [];
  }

  /** Settles when the element shows its content or its settings problem. */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this.settingsLoad.settled).then(() => this.updateComplete.then(() => undefined));
  }

  /**
   * Focusing the element focuses its own heading, where a citizen sent to it (the guide's
   * link to the form on the same page, a skip link) starts reading; before it shows, the
   * element itself, as any element.
   */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('.heading');
    if (!heading) return super.focus(options);
    heading.tabIndex = -1;
    heading.focus(options);
  }

  /**
   * An attribute's `data-*` twin, read from the attribute itself: `dataset.x` falls back to
   * `Object.prototype.x` when the attribute is absent, so a page script that set one could
   * send a form's answers elsewhere.
   */
  protected twin(name: string): string | undefined {
    return this.getAttribute(`data-${name}`) ?? undefined;
  }

  /** The element's own heading: its default words unless the editor gave others (`heading-text`), hidden from sight on `hide-heading`. */
  protected ownHeading(defaultText: string, id: string) {
    const text = (this.headingText ?? this.twin('heading-text'))?.trim() || defaultText;
    const hidden = this.hideHeading || this.hasAttribute('data-hide-heading');
    return heading(this.level, text, id, hidden ? 'heading visually-hidden' : 'heading');
  }

  /** The level of the element's own heading: `heading-level`, 2 by default, kept within 2–6. */
  protected get level(): number {
    return clampLevel(this.headingLevel ?? Number(this.twin('heading-level') ?? 2));
  }

  private rootOf(): Document | ShadowRoot {
    const root = this.getRootNode();
    return root instanceof ShadowRoot || root instanceof Document ? root : document;
  }

  /** The element's content, rendered in `locale` (msg() answers in it; settings text is localised with it). */
  protected abstract renderWithSettings(settings: Settings, locale: Locale): TemplateResult;

  protected override render() {
    // The content says which language it is in (WCAG 3.1.2): a card may be English on an
    // Italian page, or Italian on a page in a language we do not ship.
    const state = this.settingsLoad.state;
    // Other settings on their way (another language): the content stays as it was, and focus
    // in it, until they come (one template, so Lit keeps the same nodes).
    const last = state.status === 'loading' ? this.settingsLoad.last : undefined;
    const lang = last?.locale ?? this.language.shown;
    return html`<div lang=${lang}>${this.language.speak(
      () =>
        last
          ? this.renderSafely(last.settings, last.locale)
          : state.status === 'ready'
            ? this.renderSafely(state.loaded.settings, state.loaded.locale)
            : state.status === 'wrong'
              ? state.view(state.problems, mayPassOnRetry(state.problems) ? this.retrySettings : undefined)
              : this.renderLoading(),
      lang,
    )}</div>`;
  }

  /** The content; where settings that loaded cannot be shown, the settings problem instead. */
  private renderSafely(settings: Settings, locale: Locale) {
    try {
      return this.renderWithSettings(settings, locale);
    } catch (error) {
      console.error(`[cie-widgets] <${this.localName}> cannot show its settings:`, error);
      this.settingsLoad.failedToShow(error);
      return unavailable();
    }
  }

  /** "Riprova" under a settings file that did not arrive: asked for again, focus back on the element once it shows. */
  private readonly retrySettings = () => {
    this.settingsLoad.retry();
    void this.ready.then(() => this.focus());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Added again (a tab shown, a page part rebuilt): a file that did not arrive is asked for again.
    const { state } = this.settingsLoad;
    if (state.status === 'wrong' && mayPassOnRetry(state.problems)) this.settingsLoad.retry();
  }

  protected renderLoading() {
    return html`<p class="loading" role="status">${msg('Caricamento…')}</p>`;
  }
}

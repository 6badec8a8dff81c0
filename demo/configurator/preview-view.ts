// The configurator's preview: the chosen elements with the settings as they stand, in the
// chosen language, at a phone's width or a desktop's, and under them the page's sentences.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { EDITOR_NAMES, type ElementTag } from '../../src/elements.js';
import { EDITOR_ORDER, formIdOf } from './snippets.js';

export type Language = 'it' | 'en' | 'de';
export const LANGUAGES: Record<Language, string> = { it: 'Italiano', en: 'English', de: 'Deutsch' };

export interface Preview {
  language: Language;
  width: 'phone' | 'desktop';
  tags: ReadonlySet<ElementTag>;
  /** The settings' script the previewed elements read (`config`), once there are settings. */
  preview?: { id: string; script: HTMLScriptElement; empty: boolean };
  hasSettings: boolean;
  /** "Cosa dirà la pagina, frase per frase". */
  ledger: TemplateResult;
  setLanguage(language: Language): void;
  setWidth(width: 'phone' | 'desktop'): void;
  /** Shows or hides an element (reading the tags as they are now: two clicks may come before a render). */
  toggle(tag: ElementTag, shown: boolean): void;
}

export function previewView(p: Preview) {
  const shown = EDITOR_ORDER.filter((tag) => p.tags.has(tag));
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">3. Anteprima</h2>
      <fieldset class="inline">
        <legend>Lingua</legend>
        ${(Object.keys(LANGUAGES) as Language[]).map(
          (language) => html`<label class="check"
            ><input type="radio" name="preview-language" .checked=${p.language === language} @change=${() => p.setLanguage(language)} />
            ${LANGUAGES[language]}</label
          >`,
        )}
      </fieldset>
      <fieldset class="inline">
        <legend>Larghezza</legend>
        <label class="check"><input type="radio" name="preview-width" .checked=${p.width === 'phone'} @change=${() => p.setWidth('phone')} /> Telefono (360 px)</label>
        <label class="check"><input type="radio" name="preview-width" .checked=${p.width === 'desktop'} @change=${() => p.setWidth('desktop')} /> Computer</label>
      </fieldset>
      <fieldset class="inline">
        <legend>Elementi nella pagina</legend>
        ${EDITOR_ORDER.map(
          (tag) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${p.tags.has(tag)}
              @change=${(event: Event) => p.toggle(tag, (event.target as HTMLInputElement).checked)}
            />
            ${EDITOR_NAMES[tag]}</label
          >`,
        )}
      </fieldset>
      <div class="frame ${p.width}" style=${styleMap({ width: p.width === 'phone' ? '360px' : '' })}>
        ${p.preview && !p.preview.empty && p.hasSettings
          ? html`${p.preview.script} ${shown.map((tag) => previewOf(tag, p.preview!.id, p.language))}`
          : html`<p class="hint">Gli elementi appariranno qui appena ci sono impostazioni: partite da zero, da Trento o da Dalmine, o importate un file.</p>`}
      </div>
      ${p.ledger}
    </section>`;
}

/** An element as the snippet writes it (a form with its id, for the guide's link), reading the previewed settings. */
function previewOf(tag: ElementTag, config: string, lang: Language) {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} id=${ifDefined(formIdOf(tag))} config=${config} lang=${lang}></${name}>`;
}

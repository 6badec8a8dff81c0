// Field markup shared by the request forms. Label, hint, error and input live in the
// form's own shadow root, because ARIA references cannot cross shadow roots.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldValue, FormModel } from '../../../src/forms/form-model.js';
import { errorMessage } from './messages.js';

export interface FormView {
  model: FormModel;
  change: (name: string, value: FieldValue) => void;
  pickFile: (name: string, file: File | undefined) => void;
  /** Per file field: a drawn preview of an image, and whether it was made smaller for sending. */
  previews: Map<string, { canvas?: HTMLCanvasElement; downscaled: boolean }>;
}

export const fieldId = (name: string) => `field-${name}`;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function errorLine(view: FormView, name: string) {
  const error = view.model.shownError(name);
  return error
    ? html`<p class="field-error" id="error-${name}"><span class="visually-hidden">${msg('Errore')}: </span>${errorMessage(error)}</p>`
    : nothing;
}

export interface TextFieldOptions {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric';
  /** Codes: no autocorrect, no spellcheck, capitals. */
  code?: boolean;
  width?: 'short' | 'medium';
}

export function textField(view: FormView, o: TextFieldOptions): TemplateResult {
  const error = view.model.shownError(o.name);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${fieldId(o.name)}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="hint-${o.name}">${o.hint}</p>` : nothing} ${errorLine(view, o.name)}
    <input
      id=${fieldId(o.name)}
      name=${o.name}
      class=${o.width ?? ''}
      type=${o.type ?? 'text'}
      .value=${view.model.text(o.name)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck=${o.code ? 'false' : 'true'}
      autocapitalize=${o.code ? 'characters' : 'sentences'}
      aria-required="true"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o.hint && `hint-${o.name}`, error && `error-${o.name}`))}
      @input=${(e: Event) => view.change(o.name, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function radioGroup(
  view: FormView,
  o: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] },
): TemplateResult {
  const error = view.model.shownError(o.name);
  return html`<fieldset
    class="field ${error ? 'has-error' : ''}"
    aria-describedby=${ifDefined(describedBy(o.hint && `hint-${o.name}`, error && `error-${o.name}`))}
  >
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="hint-${o.name}">${o.hint}</p>` : nothing} ${errorLine(view, o.name)}
    ${o.options.map(
      (option, i) => html`<div class="choice">
        <input
          type="radio"
          id=${i === 0 ? fieldId(o.name) : `${fieldId(o.name)}-${option.value}`}
          name=${o.name}
          value=${option.value}
          .checked=${view.model.get(o.name) === option.value}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${() => view.change(o.name, option.value)}
        />
        <label for=${i === 0 ? fieldId(o.name) : `${fieldId(o.name)}-${option.value}`}>${option.label}</label>
      </div>`,
    )}
  </fieldset>`;
}

export function checkbox(view: FormView, o: { name: string; label: TemplateResult | string; hint?: TemplateResult | string }): TemplateResult {
  const error = view.model.shownError(o.name);
  return html`<div class="field ${error ? 'has-error' : ''}">
    ${errorLine(view, o.name)}
    <div class="choice">
      <input
        type="checkbox"
        id=${fieldId(o.name)}
        name=${o.name}
        .checked=${view.model.get(o.name) === true}
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.hint && `hint-${o.name}`, error && `error-${o.name}`))}
        @change=${(e: Event) => view.change(o.name, (e.target as HTMLInputElement).checked)}
      />
      <label for=${fieldId(o.name)}>${o.label}</label>
    </div>
    ${o.hint ? html`<p class="hint" id="hint-${o.name}">${o.hint}</p>` : nothing}
  </div>`;
}

export function fileField(view: FormView, o: { name: string; label: string; hint: string }): TemplateResult {
  const error = view.model.shownError(o.name);
  const file = view.model.get(o.name);
  const preview = view.previews.get(o.name);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${fieldId(o.name)}>${o.label}</label>
    <p class="hint" id="hint-${o.name}">${o.hint}</p>
    ${errorLine(view, o.name)}
    <input
      id=${fieldId(o.name)}
      name=${o.name}
      type="file"
      accept="application/pdf,image/jpeg,image/png"
      aria-required="true"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(`hint-${o.name}`, error && `error-${o.name}`, file instanceof File && `chosen-${o.name}`))}
      @change=${(e: Event) => view.pickFile(o.name, (e.target as HTMLInputElement).files?.[0])}
    />
    ${file instanceof File
      ? html`<div class="file-chosen" id="chosen-${o.name}">
          ${preview?.canvas ?? nothing}
          <span>${msg('File scelto')}: ${file.name} (${Math.ceil(file.size / 1024)} KB)</span>
          ${preview?.downscaled ? html`<span class="muted">${msg('Immagine ridotta per l’invio.')}</span>` : nothing}
        </div>`
      : nothing}
  </div>`;
}

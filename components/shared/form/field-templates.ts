// The markup of each kind of question. Label, hint, error and input live in the form's
// own shadow root, because ARIA references cannot cross shadow roots. What a question
// says and checks is declared in src/requests/; this file only lays it out.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldValue, FormModel } from '../../../src/forms/form-model.js';
import { unreachable } from '../../../src/requests/channels.js';
import type { FieldContext, FormSection, NoticeTexts, RequestField } from '../../../src/requests/request-field.js';
import { datePartsOf, joinDateParts, type DateParts } from '../../../src/validation/dates.js';
import { CARD_COPY_MEDIA_TYPES } from '../../../src/validation/files.js';
import type { FieldError } from '../../../src/forms/form-model.js';
import { subheading } from '../heading.js';

export interface FormView {
  model: FormModel;
  change: (name: string, value: FieldValue) => void;
  /** A field's error in words (they come with the checks, before any error can show). */
  errorText: (field: RequestField, error: FieldError) => string;
  pickFile: (name: string, file: File | undefined) => void;
  /** Per file field: a drawn preview of an image, and whether it was made smaller for sending. */
  previews: ReadonlyMap<string, { canvas?: HTMLCanvasElement; downscaled: boolean }>;
  /** File fields whose file is still being read (a large photo takes a moment on a phone). */
  preparing: { has(name: string): boolean };
  /** The texts read in place (the privacy notice's points), once the form's code for sending is here. */
  noticeTexts: () => NoticeTexts | undefined;
  /** Whether that code did not arrive when last asked for (asked again on the next focus in the form). */
  codeMissing: () => boolean;
  /** Asks for that code now (a disclosure opened: browsers that do not focus on a click say nothing else). */
  wantCode: () => void;
}

export const fieldId = (name: string) => `field-${name}`;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function errorLine(view: FormView, field: RequestField) {
  const { name } = field;
  const error = view.model.shownError(name);
  return error
    ? html`<p class="field-error" id="error-${name}"><span class="visually-hidden">${msg('Errore')}: </span>${view.errorText(field, error)}</p>`
    : nothing;
}

/** GOV.UK's way: the optional questions are marked, the form says the rest are required. */
const labelText = (field: RequestField, ctx: FieldContext) => (field.required ? field.label(ctx) : `${field.label(ctx)} (${msg('facoltativo')})`);

const hintLine = (name: string, hint: string | undefined) => (hint ? html`<p class="hint" id="hint-${name}">${hint}</p>` : nothing);

const INPUT_TYPES = { text: 'text', email: 'email', tel: 'tel' } as const;

/** What a labelled input shares: its label, hint and error above it, and the ids tying them together. */
interface Labelled {
  name: string;
  error: unknown;
  describedBy: string | undefined;
}

function labelledField(
  view: FormView,
  field: RequestField,
  ctx: FieldContext,
  control: (o: Labelled) => TemplateResult,
  extra: string[] = [],
) {
  const { name } = field;
  const error = view.model.shownError(name);
  const hint = field.hint?.(ctx);
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${fieldId(name)}>${labelText(field, ctx)}</label>
    ${hintLine(name, hint)} ${errorLine(view, field)}
    ${control({ name, error, describedBy: describedBy(hint && `hint-${name}`, error && `error-${name}`, ...extra) })}
  </div>`;
}

function textInput(view: FormView, field: RequestField, ctx: FieldContext, kind: keyof typeof INPUT_TYPES): TemplateResult {
  const { input = {} } = field;
  const autocomplete = typeof input.autocomplete === 'function' ? input.autocomplete(ctx.values) : input.autocomplete;
  return labelledField(
    view,
    field,
    ctx,
    ({ name, error, describedBy }) =>
      html`<input
        id=${fieldId(name)}
        name=${name}
        class=${input.width ?? ''}
        type=${INPUT_TYPES[kind]}
        .value=${view.model.text(name)}
        autocomplete=${autocomplete ?? nothing}
        inputmode=${input.inputmode ?? nothing}
        spellcheck=${input.code ? 'false' : 'true'}
        autocapitalize=${input.code ? 'characters' : 'sentences'}
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        @input=${(e: Event) => view.change(name, (e.target as HTMLInputElement).value)}
      />`,
  );
}

/**
 * A date as GOV.UK asks a memorable one: day, month and year in three boxes, in the order
 * Italians write it, never a native date picker (which shows mm/dd/yyyy on many phones).
 */
function memorableDate(view: FormView, field: RequestField, ctx: FieldContext): TemplateResult {
  const { name } = field;
  const error = view.model.shownError(name);
  const hint = field.hint?.(ctx);
  const parts = datePartsOf(view.model.text(name));
  const autocomplete = typeof field.input?.autocomplete === 'function' ? field.input.autocomplete(ctx.values) : field.input?.autocomplete;
  const box = (part: keyof DateParts, label: string, size: 'day' | 'year') => {
    const id = part === 'day' ? fieldId(name) : `${fieldId(name)}-${part}`;
    return html`<div class="date-part">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${`${name}-${part}`}
        class="date-${size}"
        type="text"
        inputmode="numeric"
        maxlength=${size === 'year' ? 4 : 2}
        .value=${parts[part]}
        autocomplete=${(autocomplete && autocomplete !== 'off' ? `${autocomplete}-${part}` : autocomplete) ?? nothing}
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => view.change(name, joinDateParts({ ...datePartsOf(view.model.text(name)), [part]: (e.target as HTMLInputElement).value }))}
      />
    </div>`;
  };
  return html`<fieldset
    class="field ${error ? 'has-error' : ''}"
    aria-describedby=${describedBy(hint && `hint-${name}`, error && `error-${name}`) ?? nothing}
  >
    <legend>${labelText(field, ctx)}</legend>
    ${hintLine(name, hint)} ${errorLine(view, field)}
    <div class="date-parts">
      ${box('day', msg('Giorno'), 'day')} ${box('month', msg('Mese'), 'day')} ${box('year', msg('Anno'), 'year')}
    </div>
  </fieldset>`;
}

function choice(view: FormView, field: RequestField, ctx: FieldContext): TemplateResult {
  const { name } = field;
  const error = view.model.shownError(name);
  const hint = field.hint?.(ctx);
  const id = (value: string, i: number) => (i === 0 ? fieldId(name) : `${fieldId(name)}-${value}`);
  return html`<fieldset
    class="field ${error ? 'has-error' : ''}"
    aria-describedby=${describedBy(hint && `hint-${name}`, error && `error-${name}`) ?? nothing}
  >
    <legend>${labelText(field, ctx)}</legend>
    ${hintLine(name, hint)} ${errorLine(view, field)}
    ${(field.options?.(ctx) ?? []).map(
      (option, i) =>
        html`<div class="choice">
          <input
            type="radio"
            id=${id(option.value, i)}
            name=${name}
            value=${option.value}
            .checked=${view.model.get(name) === option.value}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${() => view.change(name, option.value)}
          />
          <label for=${id(option.value, i)}>${option.label}</label>
        </div>`,
    )}
  </fieldset>`;
}

function tick(view: FormView, field: RequestField, ctx: FieldContext): TemplateResult {
  const { name } = field;
  const error = view.model.shownError(name);
  const hint = field.hint?.(ctx);
  const link = field.link?.(ctx);
  return html`<div class="field ${error ? 'has-error' : ''}">
    ${errorLine(view, field)}
    <div class="choice">
      <input
        type="checkbox"
        id=${fieldId(name)}
        name=${name}
        .checked=${view.model.get(name) === true}
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hint && `hint-${name}`, error && `error-${name}`) ?? nothing}
        @change=${(e: Event) => view.change(name, (e.target as HTMLInputElement).checked)}
      />
      <label for=${fieldId(name)}>${labelText(field, ctx)}${link?.href ? html` (<a href=${link.href}>${link.text}</a>)` : nothing}</label>
    </div>
    ${hintLine(name, hint)} ${field.notice ? noticeText(view, field.notice, ctx) : nothing}
  </div>`;
}

/**
 * A text to read in place (the privacy notice): closed at first, opened with the keyboard as
 * any disclosure. Its points come with the code for sending, asked for as the citizen
 * reaches into the form (and when it opens), so they are nearly always here when it opens;
 * until then it says they are coming.
 */
function noticeText(view: FormView, notice: NonNullable<RequestField['notice']>, ctx: FieldContext) {
  const texts = view.noticeTexts();
  return html`<details class="notice-text" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && !texts && view.wantCode()}>
    <summary>${msg('Leggi')}: ${notice.title()}</summary>
    ${
      texts
        ? html`<dl>${notice.points(ctx, texts).map(([term, text]) => html`<dt>${term}</dt><dd>${text}</dd>`)}</dl>`
        : html`<p class="muted" role="status">
            ${view.codeMissing() ? msg('Il testo non è arrivato: controlla la connessione, poi chiudi e riapri per riprovare.') : msg('Caricamento…')}
          </p>`
    }
  </details>`;
}

function fileInput(view: FormView, field: RequestField, ctx: FieldContext): TemplateResult {
  const file = view.model.get(field.name);
  const preview = view.previews.get(field.name);
  const chosen = file instanceof File ? [`chosen-${field.name}`] : [];
  return labelledField(
    view,
    field,
    ctx,
    ({ name, error, describedBy }) =>
      html`<input
          id=${fieldId(name)}
          name=${name}
          type="file"
          accept=${CARD_COPY_MEDIA_TYPES.join(',')}
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-busy=${view.preparing.has(name) ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
          @change=${(e: Event) => view.pickFile(name, (e.target as HTMLInputElement).files?.[0])}
        />
        ${
          file instanceof File
            ? html`<div class="file-chosen" id="chosen-${name}">
                ${preview?.canvas ?? nothing}
                <span>${msg('File scelto')}: ${file.name} (${Math.ceil(file.size / 1024)} KB)</span>
                ${preview?.downscaled ? html`<span class="muted">${msg('Immagine ridotta per l’invio.')}</span>` : nothing}
              </div>`
            : nothing
        }`,
    chosen,
  );
}

export function renderField(view: FormView, field: RequestField, ctx: FieldContext): TemplateResult {
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
      return textInput(view, field, ctx, field.kind);
    case 'date':
      return memorableDate(view, field, ctx);
    case 'choice':
      return choice(view, field, ctx);
    case 'tick':
      return tick(view, field, ctx);
    case 'file':
      return fileInput(view, field, ctx);
    default:
      return unreachable(field.kind);
  }
}

/** A section's sub-heading and its questions; nothing when none of them is asked now. */
export function renderSection(view: FormView, section: FormSection, ctx: FieldContext, level: number) {
  const asked = section.fields.filter((field) => view.model.isVisible(field.name));
  if (!asked.length) return nothing;
  return html`${section.title ? subheading(level, section.title(ctx)) : nothing} ${asked.map((field) => renderField(view, field, ctx))}`;
}

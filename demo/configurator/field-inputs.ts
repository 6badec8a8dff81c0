// The configurator's inputs for one settings value each (a number, a text in three
// languages, a choice, lines, JSON), and the words around every field: its label, hint
// and problem, linked for screen readers. ./settings-form.ts lays them out by the schema.
import { html, nothing } from 'lit';
import { detailInItalian } from './problem-words.js';
import { live } from 'lit/directives/live.js';
import { describeSettingsProblem } from '../../components/shared/settings-problems.js';
import { speakIn } from '../../src/locale.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { JsonNode } from '../../src/settings/reference-doc.js';
import { fieldId, pathName, textParts, textValue, valueAt, type Path, type TextParts } from './draft.js';
import { labelOf, VALUE_LABELS, VALUE_LABELS_BY_FIELD } from './labels.js';
import type { FormContext } from './settings-form.js';

/** Fields the editor never writes by hand. */
export const HIDDEN = new Set(['$schema', 'schemaVersion', 'seal']);

export const isText = (node: JsonNode) =>
  node.anyOf?.length === 2 && node.anyOf[0]?.type === 'string' && Object.keys(node.anyOf[1]?.properties ?? {}).join() === 'it,en,de';

/**
 * Whether a field must be filled: always, only once its optional section is used (the
 * office's address needs a street, but the address itself may be left out), or not.
 */
export type Need = 'required' | 'in-section' | 'optional';

/** A child's need, from its parent's and whether the parent's schema requires it. */
export const childNeed = (parent: Need, required: boolean): Need => (!required ? 'optional' : parent === 'required' ? 'required' : 'in-section');

export const hintOf = (node: JsonNode) => node.description ?? node.anyOf?.[0]?.description;

export function problemsAt(ctx: FormContext, ...paths: Path[]): SettingsProblem[] {
  return paths.flatMap((path) => ctx.problems.get(pathName(path)) ?? []);
}

/** The element's own sentence, then what exactly is wrong (the schema's words, in English). */
export function problemText(problem: SettingsProblem) {
  return html`${speakIn('it', () => describeSettingsProblem(problem))} — ${detailInItalian(problem.detail)}`;
}

export function errorOf(id: string, problems: SettingsProblem[]) {
  return problems.length
    ? html`<p class="field-error" id="${id}-error">${problems.map((problem) => html`<span>${problemText(problem)}</span> `)}</p>`
    : nothing;
}

export function hintText(id: string, node: JsonNode) {
  const hint = hintOf(node);
  return hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
}

export const describedBy = (id: string, node: JsonNode, problems: SettingsProblem[]) =>
  [hintOf(node) ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export const NEED_WORDS: Record<Need, string> = {
  required: '(obbligatorio)',
  'in-section': '(obbligatorio se la sezione è compilata)',
  optional: '',
};

export function labelText(path: Path, need: Need) {
  return html`${labelOf(path)}${need === 'optional' ? nothing : html` <span class="required">${NEED_WORDS[need]}</span>`}
    <code class="field-name">${pathName(path).replace(/\[\d+\]/g, '[]')}</code>`;
}

export function inputField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const problems = problemsAt(ctx, path);
  const value = valueAt(ctx.draft, path);
  const type = node.format === 'uri' ? 'url' : node.format === 'email' ? 'email' : 'text';
  return html`<div class="field">
    <label for=${id}>${labelText(path, need)}</label>
    ${hintText(id, node)}
    <input
      id=${id}
      type=${type}
      autocomplete="off"
      spellcheck="false"
      .value=${live(typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value))}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @input=${(event: Event) => ctx.set(path, (event.target as HTMLInputElement).value)}
    />
    ${errorOf(id, problems)}
  </div>`;
}

export function numberField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const problems = problemsAt(ctx, path);
  const value = valueAt(ctx.draft, path);
  // A text input: a number input empties itself on "1,5" and the editor's keystrokes are lost.
  return html`<div class="field">
    <label for=${id}>${labelText(path, need)}</label>
    ${hintText(id, node)}
    <input
      id=${id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      class="short"
      .value=${live(value === undefined ? '' : String(value))}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @input=${(event: Event) => {
        const typed = (event.target as HTMLInputElement).value;
        const number = Number(typed);
        ctx.set(path, typed.trim() === '' ? undefined : Number.isFinite(number) ? number : typed);
      }}
    />
    ${errorOf(id, problems)}
  </div>`;
}

export function textField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const problems = problemsAt(ctx, path, [...path, 'it']);
  const parts = textParts(valueAt(ctx.draft, path));
  const edit = (language: keyof TextParts) => (event: Event) =>
    ctx.set(path, textValue({ ...textParts(ctx.current(path)), [language]: (event.target as HTMLInputElement).value }));
  const translated = Boolean(parts.en || parts.de);
  return html`<div class="field text-field">
    <label for=${id}>${labelText(path, need)}</label>
    ${hintText(id, node)}
    <textarea
      id=${id}
      rows="1"
      lang="it"
      .value=${live(parts.it)}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @input=${edit('it')}
    ></textarea>
    ${errorOf(id, problems)}
    <details class="translations" ?open=${translated}>
      <summary>In inglese e in tedesco<span class="visually-hidden">: ${labelOf(path)}</span></summary>
      <label for="${id}-en">English</label>
      <textarea id="${id}-en" rows="1" lang="en" .value=${live(parts.en)} @input=${edit('en')}></textarea>
      <label for="${id}-de">Deutsch</label>
      <textarea id="${id}-de" rows="1" lang="de" .value=${live(parts.de)} @input=${edit('de')}></textarea>
      <p class="hint">Lasciati vuoti, gli elementi mostrano il testo italiano anche in inglese e in tedesco.</p>
    </details>
  </div>`;
}

/** Yes / no, or a value from a list; "as by default" leaves the field out. */
export function choiceField(node: JsonNode, path: Path, need: Need, ctx: FormContext, values: readonly unknown[]) {
  const id = fieldId(path);
  const problems = problemsAt(ctx, path);
  const value = valueAt(ctx.draft, path);
  const field = VALUE_LABELS_BY_FIELD[String(path[path.length - 1])] ?? {};
  const word = (option: unknown) => (option === true ? 'Sì' : option === false ? 'No' : (field[String(option)] ?? VALUE_LABELS[String(option)] ?? String(option)));
  return html`<div class="field">
    <label for=${id}>${labelText(path, need)}</label>
    ${hintText(id, node)}
    <select
      id=${id}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @change=${(event: Event) => {
        const index = (event.target as HTMLSelectElement).selectedIndex - 1;
        ctx.set(path, index < 0 ? undefined : values[index]);
      }}
    >
      <option ?selected=${!values.includes(value)}>${need === 'optional' ? '— come predefinito —' : '— scegli —'}</option>
      ${values.map((option) => html`<option ?selected=${option === value}>${word(option)}</option>`)}
    </select>
    ${errorOf(id, problems)}
  </div>`;
}

/** A list of short values, one per line (dates, domains). */
export function linesField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const name = pathName(path);
  const problems = [...ctx.problems.entries()].filter(([where]) => where === name || where.startsWith(`${name}[`)).flatMap(([, found]) => found);
  const list = valueAt(ctx.draft, path);
  const shown = ctx.typed.get(name) ?? (Array.isArray(list) ? list.join('\n') : '');
  return html`<div class="field">
    <label for=${id}>${labelText(path, need)}</label>
    ${hintText(id, node)}
    <textarea
      id=${id}
      rows="3"
      spellcheck="false"
      .value=${live(shown)}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @input=${(event: Event) => {
        const typed = (event.target as HTMLTextAreaElement).value;
        const lines = typed.split('\n').map((line) => line.trim()).filter(Boolean);
        ctx.set(path, lines.length ? lines : undefined, { text: typed });
      }}
    ></textarea>
    ${errorOf(id, problems)}
  </div>`;
}

/** What has no better widget here (HTTP headers) is written as JSON; kept as typed until it parses. */
export function jsonField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const name = pathName(path);
  const value = valueAt(ctx.draft, path);
  const typed = ctx.typedJson.get(name);
  const problems = problemsAt(ctx, path);
  return html`<div class="field">
    <label for=${id}>${labelText(path, need)} (JSON)</label>
    ${hintText(id, node)}
    <textarea
      id=${id}
      rows="3"
      spellcheck="false"
      class="code"
      .value=${live(typed ?? (value === undefined ? '' : JSON.stringify(value, null, 2)))}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${describedBy(id, node, problems)}
      @input=${(event: Event) => {
        const text = (event.target as HTMLTextAreaElement).value;
        try {
          ctx.set(path, text.trim() === '' ? undefined : JSON.parse(text), { text, json: true });
        } catch {
          ctx.set(path, value, { text, json: true });
        }
      }}
    ></textarea>
    ${errorOf(id, problems)}
  </div>`;
}

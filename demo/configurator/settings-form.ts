// A form for every settings field, drawn from the JSON Schema the build publishes (itself
// generated from the zod schema): a field added to the schema appears here with no change.
// Texts get Italian with English and German beside it, lists get add/remove, a channel
// gets its type first, and what has no better widget (HTTP headers) is edited as JSON.
import { html, nothing, type TemplateResult } from 'lit';
import { detailInItalian } from './problem-words.js';
import { live } from 'lit/directives/live.js';
import { describeSettingsProblem } from '../../components/shared/settings-problems.js';
import { speakIn } from '../../src/locale.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { JsonNode } from '../../src/settings/reference-doc.js';
import { fieldId, pathName, textParts, textValue, valueAt, type Draft, type Path, type TextParts } from './draft.js';
import { labelOf, VALUE_LABELS, VALUE_LABELS_BY_FIELD } from './labels.js';

export interface FormContext {
  /** The draft as rendered. */
  draft: Draft;
  /** A field's value now: handlers read it, as two changes may come before the next render. */
  current(path: Path): unknown;
  /** Problems of the current draft, by field name (`office.phones[0].number`). */
  problems: Map<string, SettingsProblem[]>;
  /** Text typed in multi-line fields, kept as typed (blank lines between dates). */
  typed: Map<string, string>;
  /** Text typed in JSON fields, kept as typed until it parses (half-written JSON); the configurator lists those that do not. */
  typedJson: Map<string, string>;
  set(path: Path, value: unknown, typed?: { text: string; json?: boolean }): void;
  remove(path: Path): void;
}

/** Fields the editor never writes by hand. */
const HIDDEN = new Set(['$schema', 'schemaVersion', 'seal']);

const isText = (node: JsonNode) =>
  node.anyOf?.length === 2 && node.anyOf[0]?.type === 'string' && Object.keys(node.anyOf[1]?.properties ?? {}).join() === 'it,en,de';

/**
 * Whether a field must be filled: always, only once its optional section is used (the
 * office's address needs a street, but the address itself may be left out), or not.
 */
export type Need = 'required' | 'in-section' | 'optional';

/** A child's need, from its parent's and whether the parent's schema requires it. */
const childNeed = (parent: Need, required: boolean): Need => (!required ? 'optional' : parent === 'required' ? 'required' : 'in-section');

const hintOf = (node: JsonNode) => node.description ?? node.anyOf?.[0]?.description;

function problemsAt(ctx: FormContext, ...paths: Path[]): SettingsProblem[] {
  return paths.flatMap((path) => ctx.problems.get(pathName(path)) ?? []);
}

/** The element's own sentence, then what exactly is wrong (the schema's words, in English). */
export function problemText(problem: SettingsProblem) {
  return html`${speakIn('it', () => describeSettingsProblem(problem))} — ${detailInItalian(problem.detail)}`;
}

function errorOf(id: string, problems: SettingsProblem[]) {
  return problems.length
    ? html`<p class="field-error" id="${id}-error">${problems.map((problem) => html`<span>${problemText(problem)}</span> `)}</p>`
    : nothing;
}

function hintText(id: string, node: JsonNode) {
  const hint = hintOf(node);
  return hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
}

const describedBy = (id: string, node: JsonNode, problems: SettingsProblem[]) =>
  [hintOf(node) ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

const NEED_WORDS: Record<Need, string> = {
  required: '(obbligatorio)',
  'in-section': '(obbligatorio se la sezione è compilata)',
  optional: '',
};

function labelText(path: Path, need: Need) {
  return html`${labelOf(path)}${need === 'optional' ? nothing : html` <span class="required">${NEED_WORDS[need]}</span>`}
    <code class="field-name">${pathName(path).replace(/\[\d+\]/g, '[]')}</code>`;
}

export function renderField(node: JsonNode, path: Path, need: Need, ctx: FormContext): TemplateResult | typeof nothing {
  const key = path[path.length - 1];
  if (typeof key === 'string' && HIDDEN.has(key)) return nothing;
  if (isText(node)) return textField(node, path, need, ctx);
  if (node.oneOf) return channelField(node, path, need, ctx);
  if (node.type === 'object' && node.properties) return section(node, path, need, ctx);
  if (node.type === 'object' && node.propertyNames?.enum && typeof node.additionalProperties === 'object') {
    const each = node.additionalProperties;
    return group(path, need, node, ctx, node.propertyNames.enum.map((name) => renderField(each, [...path, String(name)], 'optional', ctx)));
  }
  if (node.type === 'array' && node.items?.enum) return daysField(node, path, need, ctx);
  if (node.type === 'array' && node.items?.type === 'string') return linesField(node, path, need, ctx);
  if (node.type === 'array' && node.items) return listField(node, path, need, ctx);
  if (node.type === 'boolean') return choiceField(node, path, need, ctx, [true, false]);
  if (node.type === 'string' && node.enum) return choiceField(node, path, need, ctx, node.enum);
  if (node.type === 'string') return inputField(node, path, need, ctx);
  if (node.type === 'number' || node.type === 'integer') return numberField(node, path, need, ctx);
  return jsonField(node, path, need, ctx);
}

function section(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const fields = Object.entries(node.properties ?? {}).map(([name, child]) =>
    renderField(child, [...path, name], childNeed(need, node.required?.includes(name) ?? false), ctx),
  );
  return group(path, need, node, ctx, fields);
}

function group(path: Path, need: Need, node: JsonNode, ctx: FormContext, fields: unknown[], actions: unknown = nothing) {
  const id = fieldId(path);
  const problems = problemsAt(ctx, path);
  return html`<fieldset class="group" id=${id} tabindex="-1" aria-describedby=${describedBy(id, node, problems)}>
    <legend>${labelText(path, need)}</legend>
    ${hintText(id, node)} ${errorOf(id, problems)} ${fields} ${actions}
  </fieldset>`;
}

function inputField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
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

function numberField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
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

function textField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
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
function choiceField(node: JsonNode, path: Path, need: Need, ctx: FormContext, values: readonly unknown[]) {
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

/** A channel: its type first, then that type's own fields. */
function channelField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const id = fieldId(path);
  const branches = node.oneOf ?? [];
  const types = branches.map((branch) => branch.properties?.type?.const);
  const current = valueAt(ctx.draft, path) as Record<string, unknown> | undefined;
  const branch = branches[types.indexOf(current?.type)];
  const problems = problemsAt(ctx, path, [...path, 'type']);
  const choose = (event: Event) => {
    const type = types[(event.target as HTMLSelectElement).selectedIndex - 1];
    const next = branches[types.indexOf(type)];
    // What the new type also has (a URL from endpoint to portal) is kept.
    const kept = Object.fromEntries(Object.entries(current ?? {}).filter(([name]) => name !== 'type' && next?.properties?.[name]));
    ctx.set(path, type === undefined ? undefined : { type, ...kept });
  };
  const fields = branch
    ? Object.entries(branch.properties ?? {})
        .filter(([name]) => name !== 'type')
        .map(([name, child]) => renderField(child, [...path, name], childNeed(need, branch.required?.includes(name) ?? false), ctx))
    : nothing;
  return html`<fieldset class="group" id="${id}-group">
    <legend>${labelText(path, need)}</legend>
    <div class="field">
      <label for=${id}>${labelOf([...path, 'type'])}</label>
      <select
        id=${id}
        aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby=${problems.length ? `${id}-error` : nothing}
        @change=${choose}
      >
        <option ?selected=${!branch}>— scegli —</option>
        ${types.map((type) => html`<option ?selected=${type === current?.type}>${VALUE_LABELS[String(type)] ?? String(type)}</option>`)}
      </select>
      ${errorOf(id, problems)}
    </div>
    ${fields}
  </fieldset>`;
}

function daysField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const all = node.items?.enum ?? [];
  const chosen = (valueAt(ctx.draft, path) as unknown[] | undefined) ?? [];
  const toggle = (day: unknown) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const now = ctx.current(path);
    ctx.set(path, all.filter((d) => (d === day ? on : Array.isArray(now) && now.includes(d))));
  };
  const id = fieldId(path);
  return group(
    path,
    need,
    node,
    ctx,
    [html`<div class="days">${all.map(
      (day) => html`<label class="check"><input type="checkbox" id="${id}-${String(day)}" .checked=${live(chosen.includes(day))} @change=${toggle(day)} />
        ${VALUE_LABELS[String(day)] ?? String(day)}</label>`,
    )}</div>`],
  );
}

/** A list of short values, one per line (dates, domains). */
function linesField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
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

function listField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
  const items = valueAt(ctx.draft, path);
  const list = Array.isArray(items) ? items : [];
  const item = node.items ?? {};
  const emptyItem = isText(item) ? '' : {};
  const one = labelOf([...path, 0]).replace(/ 1$/, '').toLowerCase();
  const rows = list.map(
    (_, i) => html`<div class="list-item">
      ${renderField(item, [...path, i], 'required', ctx)}
      <button type="button" class="secondary" @click=${() => ctx.remove([...path, i])}>
        Rimuovi<span class="visually-hidden"> ${labelOf([...path, i]).toLowerCase()}</span>
      </button>
    </div>`,
  );
  const add = html`<button type="button" class="secondary" @click=${() => ctx.set([...path, list.length], emptyItem)}>
    Aggiungi ${one}
  </button>`;
  return group(path, need, node, ctx, rows, add);
}

/** What has no better widget here (HTTP headers) is written as JSON; kept as typed until it parses. */
function jsonField(node: JsonNode, path: Path, need: Need, ctx: FormContext) {
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

// A form for every settings field, drawn from the JSON Schema the build publishes (itself
// generated from the zod schema): a field added to the schema appears here with no change.
// Texts get Italian with English and German beside it, lists get add/remove, a channel
// gets its type first, and what has no better widget (HTTP headers) is edited as JSON.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { JsonNode } from '../../src/settings/reference-doc.js';
import { fieldId, valueAt, type Draft, type Path } from './draft.js';
import { labelOf, VALUE_LABELS } from './labels.js';
import { childNeed, choiceField, describedBy, errorOf, HIDDEN, hintText, inputField, isText, jsonField, labelText, linesField, numberField, problemsAt, textField, type Need } from './field-inputs.js';

export type { Need } from './field-inputs.js';

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


// What follows from a request's declaration (./request-definition.ts) and the citizen's
// answers once they submit: the payload, checked by the published contract; the card's
// copies as multipart parts; the field a server's error points at; the summary rows.
// Needed only at submit, so it comes with the form's code for sending. Framework-free.
import type { FieldValue, Values } from '../forms/form-model.js';
import type { Locale } from '../settings/value-types.js';
import type { Attachment } from '../transport/submit.js';
import { REQUEST_SCHEMA_VERSION } from './contract-version.js';
import type { RequestContract, RequestDefinition } from './request-definition.js';
import type { AnswerChecks, RequestField } from './request-field.js';
import type { CieRequest, RequestEnvelope } from './schema.js';

export function requestEnvelope(idempotencyKey: string, comune: string, locale: Locale, form: RequestEnvelope['form']): RequestEnvelope {
  return { schemaVersion: REQUEST_SCHEMA_VERSION, idempotencyKey, comune, submittedAt: new Date().toISOString(), locale, form };
}

/** The card's copies among the answers, as the multipart parts that carry them. */
export function attachmentsOf(fields: readonly RequestField[], values: Values): Attachment[] {
  return fields.flatMap((field) => {
    const file = values[field.name];
    return field.part && file instanceof File ? [{ part: field.part, file, name: file.name }] : [];
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}

const answerOf = (field: RequestField, value: FieldValue, values: Values, checks: AnswerChecks) =>
  field.toPayload ? field.toPayload(value, values, checks) : typeof value === 'string' ? value.trim() : value;

export type BuiltPayload<P> = { ok: true; payload: P } | { ok: false; fields: string[] };

/**
 * The payload from the visible answers: what the settings already give (`given`), each
 * field's answer at its path, the card's copies described, then parsed by the published schema so nothing leaves that the
 * contract refuses. Fields the schema refuses are named (none, while the form's own
 * checks and the schema agree).
 */
export function buildPayload<P extends CieRequest>(
  definition: RequestDefinition<P, string>,
  contract: RequestContract<P>,
  checks: AnswerChecks,
  fields: readonly RequestField[],
  values: Values,
  envelope: RequestEnvelope,
  given: Partial<Record<string, unknown>> = {},
): BuiltPayload<P> {
  const draft: Record<string, unknown> = {
    ...envelope,
    type: definition.type,
    attachments: attachmentsOf(fields, values).map(({ part, file, name }) => ({ part, name, type: file.type, size: file.size })),
  };
  for (const [path, value] of Object.entries(given)) setPath(draft, path, value);
  for (const field of fields) {
    if (!field.path || !(field.name in values)) continue;
    const answer = answerOf(field, values[field.name], values, checks);
    if (answer !== undefined) setPath(draft, field.path, answer);
  }
  const parsed = contract.safeParse(draft);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const named = parsed.error.issues.map(
    (issue) => fieldForPath(fields, issue.path.map(String).join('.'), values) ?? issue.path.map(String).join('.'),
  );
  return { ok: false, fields: [...new Set(named)] };
}

/**
 * The field a server's or the schema's error points at, among those asked now: by its
 * path (`holder.codiceFiscale`, `holder[codiceFiscale]`, `/holder/codiceFiscale`) or its
 * multipart part (`cardFront`); `attachments[N]` is the Nth file sent; a path above
 * fields (`holder`) is the first of them asked, one below a field (`holder.birth.day`) is
 * that field. Undefined when no field asked now matches: the caller shows it as text.
 */
/**
 * A server's name for a field as keys, whatever its notation: `holder.codiceFiscale`,
 * `/holder/codiceFiscale` (JSON Pointer), `Holder.CodiceFiscale` (ASP.NET: case-insensitive),
 * `attachments[0]`.
 */
export const pathKeys = (path: string): string[] =>
  path
    .toLowerCase()
    .replace(/^[#/]+/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);

export function fieldForPath(
  fields: readonly RequestField[],
  path: string,
  values: Values,
  isAsked: (name: string) => boolean = () => true,
): string | undefined {
  const keys = pathKeys(path);
  if (!keys.length) return undefined;
  const asked = fields.filter((field) => isAsked(field.name));
  if (keys[0] === 'attachments' && keys[1] !== undefined && /^\d+$/.test(keys[1])) {
    const part = attachmentsOf(fields, values)[Number(keys[1])]?.part;
    return asked.find((field) => part !== undefined && field.part === part)?.name;
  }
  const wanted = keys.join('.');
  const pathOf = (field: RequestField) => (field.path ?? field.part)?.toLowerCase();
  return (
    asked.find((field) => pathOf(field) === wanted) ??
    asked.find((field) => pathOf(field)?.startsWith(`${wanted}.`)) ??
    asked.find((field) => {
      const own = pathOf(field);
      return own !== undefined && wanted.startsWith(`${own}.`);
    })
  )?.name;
}

/** Label and value of each answer, in the order asked: the printable summary and the email to the office. */
export function summaryRows(fields: readonly RequestField[], values: Values, locale: Locale, checks: AnswerChecks): [string, string][] {
  return answerRows(fields, values, locale, checks).map(({ label, value }) => [label, value]);
}

/** The summary's rows with the question each comes from (the review's "Modifica" goes back to it). */
export function answerRows(fields: readonly RequestField[], values: Values, locale: Locale, checks: AnswerChecks): { name: string; label: string; value: string }[] {
  return fields.flatMap((field) =>
    field.summary && field.name in values ? [{ name: field.name, label: field.summary.label(), value: field.summary.value(values, locale, checks) }] : [],
  );
}

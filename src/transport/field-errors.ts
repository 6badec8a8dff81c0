// A server's "these fields are wrong", in the shapes back offices already send, read into
// one list of { field, message }: ours, RFC 9457 problem details (`errors[].pointer` or
// `errors[].field`, with `detail`), Spring's binding errors (`defaultMessage`), Laravel's
// and ASP.NET's `errors` object of message arrays (ASP.NET: PascalCase or `$.`-paths). The
// field names are matched to the form's fields case-insensitively (request-definition.ts).

export interface ServerFieldError {
  field: string;
  message?: string;
}

/** The longest server sentence shown to a citizen: a message, not a page (the rest ends in "…"). */
const MAX_TEXT = 300;

/** A server's words as the citizen reads them: trimmed, and shortened when they run past a sentence or two. */
const text = (value: unknown) => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) return undefined;
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT - 1).trimEnd()}…` : trimmed;
};

/** `$.holder.codiceFiscale` (System.Text.Json) → `holder.codiceFiscale`; the rest as sent. */
const fieldName = (name: string) => name.replace(/^\$\.?/, '');

export function fieldErrorsOf(body: unknown): ServerFieldError[] {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (Array.isArray(errors)) {
    return errors.flatMap((error: unknown) => {
      if (!error || typeof error !== 'object') return [];
      const e = error as Record<string, unknown>;
      const field = text(e.field) ?? text(e.pointer) ?? text(e.property) ?? text(e.name) ?? text(e.path);
      if (!field) return [];
      return [{ field: fieldName(field), message: text(e.message) ?? text(e.detail) ?? text(e.defaultMessage) ?? text(e.title) }];
    });
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>).flatMap(([field, messages]) => {
      const list = Array.isArray(messages) ? messages : [messages];
      const words = list.map(text).filter((m): m is string => m !== undefined);
      return words.length ? words.map((message) => ({ field: fieldName(field), message })) : [{ field: fieldName(field) }];
    });
  }
  return [];
}

/** The server's one-line reason for refusing a request, when it gives one (`detail`, `message`, `title`). */
export function refusalDetail(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  return text(b.detail) ?? text(b.message) ?? text(b.title);
}

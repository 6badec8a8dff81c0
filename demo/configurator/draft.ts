// The settings an editor is writing, as typed: possibly invalid, never thrown away. Fields
// are read and written by path (`['office', 'phones', 0, 'number']`); what is validated,
// previewed and copied is the draft without its empty fields (`settingsOf`).
import { formatPath } from '../../src/settings/problems.js';

export type Path = readonly (string | number)[];
export type Draft = Record<string, unknown>;

export function valueAt(draft: unknown, path: Path): unknown {
  let value = draft;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `draft` with `value` at `path` (containers created as needed); `undefined` removes the field. */
export function withValue(draft: Draft, path: Path, value: unknown): Draft {
  const put = (container: unknown, depth: number): unknown => {
    const key = path[depth];
    // A list where the key is an index: the first "add" makes `openingHours` an array, not { "0": … }.
    const copy: Record<string | number, unknown> | unknown[] = Array.isArray(container)
      ? [...(container as unknown[])]
      : container && typeof container === 'object'
        ? { ...(container as Record<string, unknown>) }
        : typeof key === 'number'
          ? []
          : {};
    const next = depth === path.length - 1 ? value : put((copy as Record<string | number, unknown>)[key], depth + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key as string];
    else (copy as Record<string | number, unknown>)[key] = next;
    return copy;
  };
  return path.length ? (put(draft, 0) as Draft) : ((value ?? {}) as Draft);
}

/** A copy of `draft` without the list item at `path`. */
export function withoutItem(draft: Draft, path: Path): Draft {
  const list = valueAt(draft, path.slice(0, -1));
  if (!Array.isArray(list)) return draft;
  const index = path[path.length - 1] as number;
  return withValue(draft, path.slice(0, -1), list.filter((_, i) => i !== index));
}

/**
 * The settings the draft stands for: empty texts, sections left empty and empty lists
 * dropped, so that an optional field the editor cleared is absent, not invalid. List items
 * are kept even when empty: an added row is the editor's and its index must stay the one
 * the form shows (problems name `office.phones[2]`).
 */
export function settingsOf(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => settingsOf(item) ?? (typeof item === 'string' ? item : {}));
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, settingsOf(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/** Text in the comune's languages: a plain string is Italian (shown in every language). */
export interface TextParts {
  it: string;
  en: string;
  de: string;
}

export function textParts(value: unknown): TextParts {
  if (typeof value === 'string') return { it: value, en: '', de: '' };
  const parts = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof TextParts, unknown>>;
  const part = (key: keyof TextParts) => (typeof parts[key] === 'string' ? (parts[key] as string) : '');
  return { it: part('it'), en: part('en'), de: part('de') };
}

/** Back to the settings' form: a string when only Italian is written, else one text per language. */
export function textValue(parts: TextParts): unknown {
  if (!parts.en.trim() && !parts.de.trim()) return parts.it === '' ? undefined : parts.it;
  return Object.fromEntries(Object.entries(parts).filter(([, text]) => text.trim() !== ''));
}

/** `office.phones[0].number`, as settings problems name a field. */
export const pathName = (path: Path): string => formatPath(path);

/** A field's element id, from its path. */
export function fieldId(path: Path): string {
  return `field-${path.join('-') || 'settings'}`;
}

import type { Locale, LocalizedText } from './settings/fields.js';

/** A comune's text in the citizen's language, falling back to Italian. */
export function localize(text: LocalizedText, locale: Locale): string;
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] || text.it;
}

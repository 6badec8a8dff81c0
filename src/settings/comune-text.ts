import type { Locale, LocalizedText } from './value-types.js';

/** A comune's text in the citizen's language, falling back to Italian. */
export function comuneText(text: LocalizedText, locale: Locale): string;
export function comuneText(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function comuneText(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] || text.it;
}

// Building blocks shared by the settings schema and the request payloads.
import { z } from '../zod.js';
import { WEEKDAYS } from './lists.js';

export { LOCALES, WEEKDAYS, type Locale, type Weekday } from './lists.js';

/**
 * Text written by a comune: a plain string (taken as Italian and shown in every
 * language), or one text per locale, Italian required.
 */
export const localizedText = z.union([
  z.string().check(z.minLength(1)),
  z.object({
    it: z.string().check(z.minLength(1)),
    en: z.optional(z.string()),
    de: z.optional(z.string()),
  }),
]);
export type LocalizedText = z.infer<typeof localizedText>;

/** A link shown to citizens: only https: or http:, never javascript: or data:. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with https:// or http://',
});

export const email = z.email({ error: 'must be an email address, like ufficio@comune.example.it' });

/** Phone numbers in settings are E.164 (`+390461884291`): that is what `tel:` links need. */
export const phoneNumber = z.string().check(
  z.regex(/^\+[1-9]\d{5,14}$/, 'must be in international format, like +390461884291 (no spaces)'),
);

/** A clock time in the office's own time, `HH:MM`, 24-hour. */
export const clockTime = z.string().check(
  z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30 (24-hour, HH:MM)'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date like 2026-12-24'));

export const weekday = z.enum(WEEKDAYS);

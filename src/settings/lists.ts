// The closed lists settings choose from, apart from their zod schemas: elements use them
// while rendering, and a page whose settings need no checking (src/settings/load.ts)
// must not download the checker to read them.

/** Locales the widgets ship; Italian is the source language. */
export const LOCALES = ['it', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The citizen's situations the procedure guide knows (also the ids used in its URL). */
export const SITUATIONS = [
  'pin-forgotten',
  'pin-blocked',
  'puk-lost',
  'both-lost',
  'no-contacts',
  'activate',
  'update-contacts',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The longest list a settings field may hold (phones, hours, steps): more is a mistake, and would slow the page. */
export const MAX_LIST = 50;

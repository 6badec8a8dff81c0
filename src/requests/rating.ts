// A citizen's rating of the service page or of the service just used, as Designers
// Italia's model asks it (design-comuni-docs: "Valutazione dell'esperienza d'uso",
// criteria C.SI.2.6 and C.SE.1.7): 1 to 5 stars; for 1–3 where the difficulty was, for
// 4–5 what worked; then a few words. Sent to the URL in the settings (`rating.url`);
// the reference receiver stores it. No personal data is asked, none is sent. The
// schema an endpoint checks it with is ./rating-schema.ts, kept out of the pages.
import type { Locale } from '../settings/value-types.js';
import type { RequestKind } from './kinds.js';

export const RATING_SCHEMA_VERSION = 1;

/** What worked (4–5 stars) and where the difficulty was (1–3), in the model's order. */
export const LIKED = ['clear', 'complete', 'always-knew-progress', 'no-technical-problems', 'other'] as const;
export const DIFFICULTIES = ['unclear', 'incomplete', 'unsure-of-progress', 'technical-problems', 'other'] as const;
export type Aspect = (typeof LIKED)[number] | (typeof DIFFICULTIES)[number];

/** The model's threshold: 4 stars or more is a positive rating. */
export const isPositive = (stars: number) => stars >= 4;

/** The free text's limit, as the model's field says ("Inserire massimo 200 caratteri"). */
export const DETAILS_MAX = 200;

/** A rating as sent (checked by ./rating-schema.ts at the receiver). */
export interface Rating {
  schemaVersion: typeof RATING_SCHEMA_VERSION;
  comune: string;
  variant: 'page' | 'service';
  request?: RequestKind;
  page: string;
  stars: number;
  aspect?: Aspect;
  details?: string;
  locale: Locale;
}

/** The address of the page rated, as the payload takes it: nothing after a `?` or `#`, which may carry a session or a search. */
export function ratedPage(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/**
 * Sends a rating. Success is any 2xx: a rating has no receipt. `false` when it did not
 * arrive (offline, refused, no answer in 20 s); the citizen may try again.
 */
export async function sendRating(url: string, rating: Rating, signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(rating),
      credentials: 'omit',
      redirect: 'error',
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(20_000)]) : AbortSignal.timeout(20_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

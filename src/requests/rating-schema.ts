// A rating as an endpoint checks it (the reference receiver, the contract's JSON Schema):
// kept apart from ./rating.ts so the pages that send ratings do not carry it.
import { z } from '../zod.js';
import { LOCALES } from '../settings/value-types.js';
import { REQUEST_KINDS } from './kinds.js';
import { DETAILS_MAX, DIFFICULTIES, isPositive, LIKED, RATING_SCHEMA_VERSION, type Aspect, type Rating } from './rating.js';

export const ratingSchema = z
  .strictObject({
    schemaVersion: z.literal(RATING_SCHEMA_VERSION),
    /** The comune's settings id. */
    comune: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    /** `page`: "Quanto sono chiare le informazioni su questa pagina?" (the service card); `service`: "Quanto è stato facile usare questo servizio?" (after a form). */
    variant: z.enum(['page', 'service']),
    /** The form that was used, for `service`. */
    request: z.optional(z.enum(REQUEST_KINDS)),
    /** The page rated: its address without query or fragment. */
    page: z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^?#\s]+$/)),
    stars: z.number().check(z.int(), z.gte(1), z.lte(5)),
    /** The answer to the follow-up question, when the citizen chose one. */
    aspect: z.optional(z.enum([...new Set([...LIKED, ...DIFFICULTIES])] as [Aspect, ...Aspect[]])),
    /** Their words; no control characters, which could forge lines in a report. */
    details: z.optional(z.string().check(z.maxLength(DETAILS_MAX), z.regex(/^[^\p{Cc}]*$/u, 'must be on one line, without control characters'))),
    /** The language the citizen used. */
    locale: z.enum(LOCALES),
  })
  .check(
    z.refine(
      (rating) => !rating.aspect || (isPositive(rating.stars) ? LIKED : DIFFICULTIES).includes(rating.aspect as never),
      { message: 'aspect must answer the question its stars asked (4–5: what worked; 1–3: where the difficulty was)', path: ['aspect'] },
    ),
  );


/** What the pages send (./rating.ts) and what this checks are the same shape: a type error here if they part. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
true satisfies Same<z.output<typeof ratingSchema>, Rating>;

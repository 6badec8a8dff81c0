// The request payloads integrators receive. One definition: types are inferred from it
// and dist/requests.schema.json is generated from it by the build.
import { z } from '../zod.js';
import { LOCALES } from '../settings/value-types.js';
import { CODICE_FISCALE_SHAPE, codiceFiscaleProblem } from '../validation/codice-fiscale.js';
import { CARD_NUMBER, EMAIL } from '../validation/contacts.js';
import { CARD_COPY_MEDIA_TYPES } from '../validation/files.js';
import { REQUEST_SCHEMA_VERSION } from './contract-version.js';

export { REQUEST_SCHEMA_VERSION } from './contract-version.js';

/**
 * One line a person typed: no control characters (a "\r\nBcc:" in a name would forge a line of
 * the office's email), line separators, direction overrides, or lone surrogates (no text at all).
 */
export const ONE_LINE = /^[^\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]*$/u;
const text = z.string().check(z.minLength(1), z.maxLength(200), z.regex(ONE_LINE, 'must be one line of text, without control characters'));
// Each value as the form sends it, normalised: the regular expressions are also the patterns
// of dist/requests.schema.json and dist/openapi.json, so an integrator's validator agrees.
const codiceFiscale = z.string().check(
  z.regex(CODICE_FISCALE_SHAPE, 'must be a codice fiscale in capitals, like RSSMRA70A01H501S'),
  z.refine((v) => !codiceFiscaleProblem(v), 'must be a valid codice fiscale'),
);
const date = z.iso.date('must be a date YYYY-MM-DD');
const e164 = z.string().check(z.regex(/^\+[1-9]\d{6,14}$/, 'must be E.164, like +393331234567'));
const emailAddress = z.string().check(z.maxLength(254), z.regex(EMAIL, 'must be an email address'));

const person = z.strictObject({
  givenName: text,
  familyName: text,
  codiceFiscale,
});

const cardNumber = z.string().check(z.regex(CARD_NUMBER, 'must be a CIE number like CA00000AA'));

/** Present when someone other than the holder applies: a parent or guardian of a minor, or a delegate. */
const applicant = z.optional(
  z.strictObject({
    ...person.shape,
    role: z.enum(['parent', 'guardian', 'delegate']),
  }),
);

/** The card's copy: in a multipart body, the files are the parts named `cardFront` and `cardBack`. */
const attachments = z
  .array(
  z.strictObject({
    part: z.enum(['cardFront', 'cardBack']),
    name: z.string(),
    type: z.enum(CARD_COPY_MEDIA_TYPES),
    size: z.number().check(z.int(), z.nonnegative()),
  }),
  )
  .check(z.maxLength(2));

const envelope = {
  schemaVersion: z.literal(REQUEST_SCHEMA_VERSION),
  /** The same for every retry of one submission (also sent as the Idempotency-Key header). */
  idempotencyKey: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
  /** The settings id of the comune the request is for. */
  comune: z.string(),
  submittedAt: z.iso.datetime(),
  /** The language the citizen used; what the office reads is Italian whatever it is. */
  locale: z.enum(LOCALES),
  /**
   * Signs that a person filled the form in, for a receiver to refuse the obvious bots
   * without a third-party CAPTCHA: the seconds from the form appearing to its sending (by
   * the browser's own clock, so a wrong phone clock does not matter), and a field no
   * person sees or reaches, always empty when a person sends.
   */
  form: z.strictObject({
    secondsToFill: z.number().check(z.int(), z.nonnegative()),
    honeypot: z.string().check(z.maxLength(200)),
  }),
};

/** What every request carries besides its answers. */
export type RequestEnvelope = z.infer<z.ZodMiniObject<typeof envelope>>;

export const reprintRequestSchema = z.strictObject({
  ...envelope,
  type: z.literal('reprint'),
  holder: z.strictObject({
    ...person.shape,
    /** The holder's birth: present only where the comune's module asks it (`requests.reprint.asks`). */
    birthDate: z.optional(date),
    birthPlace: z.optional(text),
    cardNumber,
  }),
  applicant,
  codes: z.strictObject({
    which: z.enum(['pin', 'puk', 'both']),
    halves: z.enum(['first', 'second', 'both']),
  }),
  contacts: z.strictObject({
    /** Where the Ministry sends the second half of the codes: never a PEC. */
    email: emailAddress,
    /** Present only where the comune's module asks it. */
    mobile: z.optional(e164),
  }),
  declarations: z.strictObject({
    /** DPR 445/2000 statement that the codes were lost: present only where the comune's module asks it. */
    codesLost: z.optional(z.literal(true)),
    privacyNoticeRead: z.literal(true),
  }),
  attachments,
});

export type ReprintRequest = z.infer<typeof reprintRequestSchema>;

export const contactUpdateRequestSchema = z.strictObject({
  ...envelope,
  type: z.literal('contact-update'),
  holder: z.strictObject({ ...person.shape, cardNumber }),
  applicant,
  /** The new contacts to register on the Ministry's CIE portal. */
  contacts: z.strictObject({ email: emailAddress, mobile: e164 }),
  declarations: z.strictObject({
    /**
     * The email and mobile are the holder's own, not used by anyone else: asked, and then
     * present, only where the comune's page sets that rule (`contactRules.personalOnly`).
     */
    contactsArePersonal: z.optional(z.literal(true)),
    privacyNoticeRead: z.literal(true),
  }),
  attachments,
});

export type ContactUpdateRequest = z.infer<typeof contactUpdateRequestSchema>;

/** Every request an endpoint may receive, told apart by `type`. */
export const requestSchema = z.discriminatedUnion('type', [reprintRequestSchema, contactUpdateRequestSchema]);
export type CieRequest = z.infer<typeof requestSchema>;

// How a request is declared: its questions, each with everything that belongs to it (the
// words the citizen reads, the rule, when it is asked, where it goes in the payload and
// where a server's error about it points, how it reads in the summary), grouped in the
// sections the form shows. Framework-free: the elements only lay these out.
import type { ErrorKey, FieldSpec, FieldValue, Values } from '../forms/form-model.js';
import type * as PersonChecks from '../forms/person-checks.js';
import type * as PrivacyNotice from './privacy-notice.js';
import type { Locale } from '../settings/value-types.js';
import type { Settings } from '../settings/schema.js';
import type { RequestKind } from './kinds.js';

/** What the form knows when it words a question. */
export interface FieldContext {
  settings: Settings;
  values: Values;
  request: RequestKind;
  locale: Locale;
}

/** The dotted paths to the payload's single values (`holder.codiceFiscale`); arrays are not walked. */
export type LeafPath<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? {
        [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
          ? never
          : NonNullable<T[K]> extends object
            ? `${K}.${LeafPath<NonNullable<T[K]>>}`
            : K;
      }[keyof T & string]
    : never;

/** How a question is asked: each kind has one template in components/shared/form/. */
/** `date`: day, month and year in three boxes, the value kept as typed (see src/validation/dates.ts). */
export type FieldKind = 'text' | 'email' | 'tel' | 'date' | 'choice' | 'tick' | 'file';

/**
 * The checks and normalisers of answers (src/forms/person-checks.ts), given to a field's
 * `check`, `toPayload` and summary: they arrive with the form's code for sending, since
 * errors show only from the first submit on.
 */
export type AnswerChecks = typeof PersonChecks;

/** The texts read in place (./privacy-notice.ts): they too come with the form's code for sending. */
export type NoticeTexts = typeof PrivacyNotice;

export interface RequestField<Path extends string = string> extends Omit<FieldSpec, 'validate'> {
  kind: FieldKind;
  /** Checks a non-empty answer; may look at the other answers. */
  check?: (checks: AnswerChecks) => (value: FieldValue, values: Values) => ErrorKey | undefined;
  /** The label (or the group's legend), in the reader's language. */
  label: (ctx: FieldContext) => string;
  /** How the error summary names it, where the label alone would not say whose ("Nome" → "Nome del titolare"). */
  errorName: () => string;
  /** The error when it is left empty, saying what to do ("Scegli quali codici ristampare"). */
  whenMissing: () => string;
  hint?: (ctx: FieldContext) => string | undefined;
  /** A link beside the label (the privacy notice), when settings hold one. */
  link?: (ctx: FieldContext) => { href: string | undefined; text: string } | undefined;
  /**
   * A text to read in place before answering (the privacy notice), shown as a disclosure:
   * its title at once, its points (heading, text) once the form's code for sending is here.
   */
  notice?: { title: () => string; points: (ctx: FieldContext, texts: NoticeTexts) => [string, string][] };
  /** The answers of a `choice`. */
  options?: (ctx: FieldContext) => { value: string; label: string }[];
  /** Where the payload carries the answer, and so where a server's error about it points. */
  path?: Path;
  /** The answer as the payload holds it (normalised; `undefined` leaves it out). */
  toPayload?: (value: FieldValue, values: Values, checks: AnswerChecks) => unknown;
  /** A `file`'s multipart part, also the name a server's error uses for it. */
  part?: 'cardFront' | 'cardBack';
  /** One row of the printable summary and of the email to the office. */
  summary?: { label: () => string; value: (values: Values, locale: Locale, checks: AnswerChecks) => string };
  /** Browser help for typing it. */
  input?: {
    autocomplete?: string | ((values: Values) => string);
    inputmode?: 'text' | 'email' | 'tel' | 'numeric';
    /** Codes: no autocorrect, no spellcheck, capitals. */
    code?: boolean;
    width?: 'short' | 'medium';
  };
}

/** A group of questions under one sub-heading. */
export interface FormSection<Path extends string = string> {
  /** The sub-heading; may follow the answers (whose data a block asks for). */
  title?: (ctx: FieldContext) => string;
  fields: RequestField<Path>[];
}

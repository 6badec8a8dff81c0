// A request as the form engine uses it: its declaration (title, sections of questions,
// payload schema). What follows from it and the answers at submit — the payload, the
// summary rows, the field a server's error points at — is in ./request-payload.ts.
// Nothing here knows about Lit or the page.
import type { Settings } from '../settings/schema.js';
import type { RequestKind } from './kinds.js';
import type { FormSection, LeafPath, RequestField } from './request-field.js';
import type { CieRequest } from './schema.js';

/** A request's published contract, as the form uses it: a zod schema's `safeParse`. */
export interface RequestContract<P> {
  safeParse(data: unknown): { success: true; data: P } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/** `Path`: the payload's paths a field may point at, checked when a request is declared with `defineRequest`. */
export interface RequestDefinition<P extends CieRequest = CieRequest, Path extends string = string> {
  /** Its key in `settings.requests`. */
  kind: RequestKind;
  /** Its `type` in the payload. */
  type: P['type'];
  /**
   * The published contract (a zod schema): what is sent is parsed by it first. Loaded
   * when the form is about to send, not with the page: the questions check themselves.
   */
  contract: () => Promise<RequestContract<P>>;
  /** The form's title, also the subject of the email to the office; for this comune's settings where they change it. */
  title: (settings?: Settings) => string;
  /** The questions, by section, for this comune's settings. */
  sections: (settings: Settings) => FormSection<Path>[];
  /** Answers this comune's settings already give (one code only): not asked, sent at their paths. */
  given?: (settings: Settings) => Partial<Record<Path, unknown>>;
}

export const defineRequest = <P extends CieRequest>(definition: RequestDefinition<P, LeafPath<P>>) => definition;

/**
 * How the office reads a request's own answers, in Italian whatever the citizen's language:
 * the reference receiver's email to the office and its export's columns (the holder's, the
 * applicant's and the contacts' rows go around them, receiver/mail.ts). A label and the
 * answer as the office writes it; `undefined` where the comune does not ask the question.
 * Exported beside each declaration, apart from it: the browser, which never reads them,
 * leaves them out of its files.
 */
export type OfficeAnswers<P extends CieRequest> = readonly (readonly [label: string, answer: (request: P) => string | undefined])[];

/** A declaration the comune's module may ask or not: "sì" once made, no row where not asked. */
export const declared = (made: true | undefined) => (made ? 'sì' : undefined);

export const fieldsOf = (sections: readonly FormSection[]): RequestField[] => sections.flatMap((section) => section.fields);

// The form engine's state, apart from rendering: values, which errors show and when,
// and the draft that survives a reload. One decision about errors, kept here: none until
// the first submit, then live as the citizen fixes them.
import { forgetDraft, readDraft, writeDraft, type SubmittedRequest } from './draft.js';

export type FieldValue = string | boolean | File | undefined;
export type Values = Record<string, FieldValue>;

/** What went wrong with a field: a key the element turns into a message in the reader's language. */
export type ErrorKey =
  | 'required'
  | 'codice-fiscale-shape'
  | 'codice-fiscale-date'
  | 'codice-fiscale-check'
  | 'codice-fiscale-birth-date'
  | 'card-number'
  | 'email'
  | 'email-pec'
  | 'email-mismatch'
  | 'mobile'
  | 'birth-date'
  | 'holder-is-minor'
  | 'holder-is-adult'
  | 'file-type'
  | 'file-size'
  | 'file-unreadable'
  | 'file-empty'
  | 'must-accept'
  /** The published request schema refuses the answer (the form's own checks let it through). */
  | 'contract'
  | 'server';

export interface FieldSpec {
  name: string;
  /** Required while visible. */
  required?: boolean;
  /** The error for an empty required field, when "required" is not the right words (a box to tick). */
  requiredError?: ErrorKey;
  /** Only validated and submitted while this holds (e.g. the parent's data for a minor). */
  visibleWhen?: (values: Values) => boolean;
  /** Checks a non-empty value; may look at the other fields. */
  validate?: (value: FieldValue, values: Values) => ErrorKey | undefined;
  /** Files are never written to a draft. */
  file?: boolean;
  /**
   * A declaration the citizen ticks: never restored from a draft, so on a shared
   * computer the next person does not find it already made.
   */
  declaration?: boolean;
}

export interface FieldError {
  key: ErrorKey;
  /** The server's own words, for `server` errors. */
  text?: string;
}

const isEmpty = (value: FieldValue) => value === undefined || value === '' || value === false;

export class FormModel {
  values: Values = {};
  errors = new Map<string, FieldError>();
  /** Errors found outside the checks (a server's answer, a refused file): kept until their field changes. */
  private sticky = new Map<string, FieldError>();
  /** After the first submit attempt errors show, and follow every change. */
  submitted = false;
  /** The draft restored had files, which are never kept: they must be chosen again. */
  restoredWithoutFiles = false;
  private submittedAs?: SubmittedRequest;

  constructor(
    readonly fields: readonly FieldSpec[],
    private readonly draftKey?: string,
  ) {
    this.restoreDraft();
  }

  isVisible(name: string): boolean {
    const spec = this.fields.find((f) => f.name === name);
    return !spec?.visibleWhen || spec.visibleWhen(this.values);
  }

  get(name: string): FieldValue {
    return this.values[name];
  }

  text(name: string): string {
    const value = this.values[name];
    return typeof value === 'string' ? value : '';
  }

  set(name: string, value: FieldValue): void {
    this.values = { ...this.values, [name]: value };
    this.sticky.delete(name); // it was about the old value
    this.errors.delete(name);
    if (this.submitted) this.validate();
    this.saveDraft();
  }

  private errorFor(spec: FieldSpec): FieldError | undefined {
    const value = this.values[spec.name];
    if (isEmpty(value)) return spec.required ? { key: spec.requiredError ?? 'required' } : undefined;
    const key = spec.validate?.(value, this.values);
    return key ? { key } : undefined;
  }

  /** Checks every visible field; true when all pass. */
  validate(): boolean {
    this.errors = new Map([...this.sticky].filter(([name]) => this.isVisible(name)));
    for (const spec of this.fields) {
      if (!this.isVisible(spec.name) || this.errors.has(spec.name)) continue;
      const error = this.errorFor(spec);
      if (error) this.errors.set(spec.name, error);
    }
    return this.errors.size === 0;
  }

  /** Errors the citizen should see now, in the order of the fields. */
  shownErrors(): [string, FieldError][] {
    if (!this.submitted) return [];
    return this.fields.filter((f) => this.errors.has(f.name)).map((f) => [f.name, this.errors.get(f.name)!]);
  }

  shownError(name: string): FieldError | undefined {
    return this.submitted ? this.errors.get(name) : undefined;
  }

  /** An error found outside the checks, shown at once: a server's answer, a refused file. False when no such field is asked now. */
  reject(name: string, error: FieldError): boolean {
    if (!this.fields.some((field) => field.name === name) || !this.isVisible(name)) return false;
    this.submitted = true;
    this.sticky.set(name, error);
    this.errors.set(name, error);
    return true;
  }

  /**
   * The answers of the same form's model before its settings changed (another language):
   * taken as they are, without writing a draft, so a finished request is not kept again.
   */
  carryOver(before: FormModel): void {
    const known = new Set(this.fields.map((f) => f.name));
    this.values = Object.fromEntries(Object.entries(before.values).filter(([name]) => known.has(name)));
    this.submittedAs = before.submittedAs;
    this.restoredWithoutFiles = before.restoredWithoutFiles;
    this.submitted = before.submitted;
    if (this.submitted) this.validate();
  }

  /** Values of visible fields only: what a payload is built from. */
  visibleValues(): Values {
    return Object.fromEntries(Object.entries(this.values).filter(([name]) => this.isVisible(name)));
  }

  /** The request last submitted (its key and answers), kept with the draft: the same answers after a reload are the same request. */
  get submittedRequest(): SubmittedRequest | undefined {
    return this.submittedAs;
  }

  set submittedRequest(request: SubmittedRequest | undefined) {
    this.submittedAs = request;
    this.saveDraft();
  }

  /**
   * A short fingerprint of the visible answers, files by name, size and type: equal
   * fingerprints are the same request. Kept in the draft instead of the answers'
   * text, which is there already or (declarations, files) must not be.
   */
  answersFingerprint(): string {
    const answers = Object.entries(this.visibleValues())
      .filter(([, value]) => !isEmpty(value))
      .map(([name, value]) => [name, value instanceof File ? `${value.name}|${value.size}|${value.type}` : value])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    return hash(JSON.stringify(answers));
  }

  /** The answers that may be kept outside the form (a draft, a saved file): typed ones, never files or declarations. */
  keptAnswers(): Record<string, string | boolean> {
    const kept: Record<string, string | boolean> = {};
    for (const [name, value] of Object.entries(this.values)) {
      const spec = this.fields.find((f) => f.name === name);
      if (value !== undefined && !(value instanceof File) && spec && !spec.file && !spec.declaration) kept[name] = value;
    }
    return kept;
  }

  /** Answers saved earlier (a file the citizen kept): those of this form's questions, never files or declarations; how many were taken. */
  resume(saved: Record<string, string | boolean>): number {
    const known = new Set(this.fields.filter((f) => !f.file && !f.declaration).map((f) => f.name));
    const taken = Object.entries(saved).filter(([name]) => known.has(name));
    this.values = { ...this.values, ...Object.fromEntries(taken) };
    this.errors.clear();
    this.sticky.clear();
    this.submitted = false;
    this.saveDraft();
    return taken.length;
  }

  private saveDraft(): void {
    if (!this.draftKey) return;
    const hadFiles = this.restoredWithoutFiles || Object.values(this.values).some((value) => value instanceof File);
    writeDraft(this.draftKey, { values: this.keptAnswers(), submitted: this.submittedAs, hadFiles });
  }

  private restoreDraft(): void {
    if (!this.draftKey) return;
    const draft = readDraft(this.draftKey);
    if (!draft) return;
    const known = new Set(this.fields.filter((f) => !f.file && !f.declaration).map((f) => f.name));
    this.values = Object.fromEntries(Object.entries(draft.values).filter(([name]) => known.has(name)));
    this.submittedAs = draft.submitted;
    this.restoredWithoutFiles = draft.hadFiles;
  }

  /** The request is done (sent, email prepared, summary ready): nothing of it stays in the browser. */
  clearDraft(): void {
    if (this.draftKey) forgetDraft(this.draftKey);
  }

  /** The citizen's "clear": every answer, error and kept copy gone. */
  clearAll(): void {
    this.values = {};
    this.errors.clear();
    this.sticky.clear();
    this.submitted = false;
    this.submittedAs = undefined;
    this.restoredWithoutFiles = false;
    this.clearDraft();
  }
}

/** cyrb53: a fast 53-bit string hash; telling answers apart, not hiding them, is all it is for. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

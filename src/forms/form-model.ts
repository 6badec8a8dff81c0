// The form engine's state, apart from rendering: values, which errors show and when,
// and the draft that survives a reload. One decision about errors, kept here: none until
// the first submit, then live as the citizen fixes them.

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

  /** An error found outside the checks, shown at once: a server's answer, a refused file. */
  reject(name: string, error: FieldError): void {
    this.submitted = true;
    this.sticky.set(name, error);
    this.errors.set(name, error);
  }

  /** Values of visible fields only: what a payload is built from. */
  visibleValues(): Values {
    return Object.fromEntries(Object.entries(this.values).filter(([name]) => this.isVisible(name)));
  }

  private saveDraft(): void {
    if (!this.draftKey) return;
    const kept = Object.fromEntries(
      Object.entries(this.values).filter(([name, value]) => {
        const spec = this.fields.find((f) => f.name === name);
        return !spec?.file && !spec?.declaration && !(value instanceof File);
      }),
    );
    try {
      sessionStorage.setItem(this.draftKey, JSON.stringify(kept));
    } catch {
      // Storage full or blocked (private mode): the form still works, only without a draft.
    }
  }

  private restoreDraft(): void {
    if (!this.draftKey) return;
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.draftKey) ?? '{}') as Values;
      const known = new Set(this.fields.filter((f) => !f.file && !f.declaration).map((f) => f.name));
      this.values = Object.fromEntries(
        Object.entries(saved).filter(([name, value]) => known.has(name) && (typeof value === 'string' || typeof value === 'boolean')),
      );
    } catch {
      this.values = {};
    }
  }

  clearDraft(): void {
    if (this.draftKey) sessionStorage.removeItem(this.draftKey);
  }
}

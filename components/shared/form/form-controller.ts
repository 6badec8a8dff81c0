import type { ReactiveControllerHost } from 'lit';
import { FormModel, type FieldError, type FieldValue } from '../../../src/forms/form-model.js';
import { fieldsOf, type RequestDefinition } from '../../../src/requests/request-definition.js';
import type { FormSection, RequestField } from '../../../src/requests/request-field.js';
import type { Settings } from '../../../src/settings/schema.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import type { FormView } from './field-templates.js';
import type * as Sending from './sending.js';

/** What the answers need of the form's code for sending: their checks, the words for their errors, the card's copy prepared. */
export type AnswerCode = Pick<typeof Sending, 'checks' | 'fieldErrorText' | 'prepareCardCopy' | 'notices'>;

/** The questions asked for one comune's settings, and the answers given to them. */
export interface FormState {
  sections: FormSection[];
  fields: RequestField[];
  model: FormModel;
  view: FormView;
}

/**
 * The answers of a request form: the model for the current settings (answers carried
 * over when the settings change, e.g. another language), typing and file picking, with
 * the host updated on every change.
 */
export class FormController {
  private state?: FormState;
  private stateSettings?: Settings;
  private readonly previews = new Map<string, { canvas?: HTMLCanvasElement; downscaled: boolean }>();
  /** Files being read, by field: a submit waits for them, so a photo chosen just before is sent. */
  private readonly preparing = new Map<string, Promise<void>>();
  /** Which form of its kind on the page this is, decided once: its draft stays its own. */
  private place?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly definition: RequestDefinition,
    /** Told of every change the citizen makes. */
    private readonly onChange: () => void,
    /** The code for checking answers, asked for (once) when a file is chosen: it is checked at once. */
    private readonly loadCode: () => Promise<AnswerCode>,
  ) {}

  /**
   * The code for checking answers, once arrived. Until then nothing is checked but whether
   * a required answer is there: errors show only from the first submit on, which waits for it.
   */
  code?: AnswerCode;
  /** The code was asked for and did not arrive (the connection dropped); false again once asked anew. */
  codeMissing = false;

  /** The form's state for `settings`, made anew when they change. */
  for(settings: Settings): FormState {
    if (this.state && this.stateSettings === settings) return this.state;
    const sections = this.definition.sections(settings);
    const fields = fieldsOf(sections);
    const specs = fields.map(({ check, ...field }) => ({
      ...field,
      declaration: field.kind === 'tick',
      validate: check && ((value: FieldValue, values: Record<string, FieldValue>) => (this.code ? check(this.code.checks)(value, values) : undefined)),
    }));
    // One draft per form, comune and page: the same form on another page is another request,
    // and so is a second form of the same kind on this page.
    const key = `cie-widgets:draft:${this.host.localName}:${settings.id}:${location.pathname}${(this.place ??= placeOnPage(this.host))}`;
    const model = new FormModel(specs, key);
    // Settings reloaded (another language, say): what was typed and chosen stays.
    const before = this.state?.model;
    if (before) model.carryOver(before);
    const view: FormView = {
      model,
      previews: this.previews,
      preparing: this.preparing,
      change: (name, value) => this.change(model, name, value),
      errorText: (field, error) => this.code?.fieldErrorText(field, error) ?? '',
      pickFile: (name, file) => this.startPicking(model, settings, name, file),
      noticeTexts: () => this.code?.notices,
      codeMissing: () => this.codeMissing,
      wantCode: () => void this.loadCode().catch(() => undefined),
    };
    this.state = { sections, fields, model, view };
    this.stateSettings = settings;
    return this.state;
  }

  /** The answers being given now, if the form has been shown. */
  get current(): FormModel | undefined {
    return this.state?.model;
  }

  /** Everything the citizen typed and chose, gone: the form as new, nothing kept in the browser. */
  clearAll(model: FormModel): void {
    model.clearAll();
    this.previews.clear();
    this.onChange();
    this.host.requestUpdate();
  }

  get readingFiles(): boolean {
    return this.preparing.size > 0;
  }

  /** Once every file being read is ready. */
  async settled(): Promise<void> {
    while (this.preparing.size) await Promise.all(this.preparing.values());
  }

  /** A submit attempt: errors show from now on. True when every answer passes its checks. */
  checkAll(model: FormModel): boolean {
    model.submitted = true;
    const ok = model.validate();
    this.host.requestUpdate();
    return ok;
  }

  /** Errors found outside the checks (the published schema, the comune's server), on their fields; those not asked now are returned. */
  reject<T extends { name: string; error: FieldError }>(model: FormModel, errors: T[]): T[] {
    const unplaced = errors.filter(({ name, error }) => !model.reject(name, error));
    this.host.requestUpdate();
    return unplaced;
  }

  private change(model: FormModel, name: string, value: FieldValue): void {
    model.set(name, value);
    this.onChange();
    this.host.requestUpdate();
  }

  private startPicking(model: FormModel, settings: Settings, name: string, file: File | undefined): void {
    const done = this.pickFile(model, settings, name, file).finally(() => {
      if (this.preparing.get(name) === done) {
        this.preparing.delete(name);
        this.host.requestUpdate();
      }
    });
    this.preparing.set(name, done);
    this.host.requestUpdate();
  }

  private async pickFile(model: FormModel, settings: Settings, name: string, file: File | undefined): Promise<void> {
    this.previews.delete(name);
    if (!file) return this.change(model, name, undefined);
    let code: AnswerCode;
    try {
      code = this.code ?? (await this.loadCode());
    } catch {
      // Without the code to check it the file is kept as chosen; the submit that follows says what did not arrive.
      return this.change(model, name, file);
    }
    const prepared = await code.prepareCardCopy(file, settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB);
    if (prepared.ok) {
      prepared.preview?.setAttribute('aria-hidden', 'true');
      this.previews.set(name, { canvas: prepared.preview, downscaled: prepared.downscaled });
      this.change(model, name, prepared.file);
    } else {
      this.change(model, name, undefined);
      model.reject(name, { key: prepared.problem === 'unreadable' ? 'file-unreadable' : `file-${prepared.problem}` });
    }
  }
}

/**
 * Which of the forms of one kind on this page the host is: nothing for the first (the drafts
 * kept before there could be two), its id when it has one (it stays put when the page changes
 * around it), else its place among them.
 */
function placeOnPage(host: HTMLElement): string {
  const root = host.getRootNode() as Document | ShadowRoot;
  const same = [...root.querySelectorAll(host.localName)];
  if (same.length < 2) return '';
  if (host.id) return `#${host.id}`;
  const place = same.indexOf(host);
  return place > 0 ? `:${place + 1}` : '';
}

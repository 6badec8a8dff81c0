import type { ReactiveControllerHost } from 'lit';
import { prepareCardCopy } from '../../../src/forms/card-copy.js';
import { FormModel, type FieldError, type FieldValue } from '../../../src/forms/form-model.js';
import { fieldsOf, type RequestDefinition } from '../../../src/requests/request-definition.js';
import type { FormSection, RequestField } from '../../../src/requests/request-field.js';
import type { Settings } from '../../../src/settings/schema.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import type { FormView } from './field-templates.js';

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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly definition: RequestDefinition,
    /** Told of every change the citizen makes (a changed answer is another request). */
    private readonly onChange: () => void,
  ) {}

  /** The form's state for `settings`, made anew when they change. */
  for(settings: Settings): FormState {
    if (this.state && this.stateSettings === settings) return this.state;
    const sections = this.definition.sections(settings);
    const fields = fieldsOf(sections);
    const specs = fields.map((field) => ({ ...field, declaration: field.kind === 'tick' }));
    const model = new FormModel(specs, `cie-widgets:draft:${this.host.localName}:${settings.id}`);
    // Settings reloaded (another language, say): what was typed and chosen stays.
    if (this.state) for (const [name, value] of Object.entries(this.state.model.values)) model.set(name, value);
    const view: FormView = {
      model,
      previews: this.previews,
      change: (name, value) => this.change(model, name, value),
      pickFile: (name, file) => void this.pickFile(model, settings, name, file),
    };
    this.state = { sections, fields, model, view };
    this.stateSettings = settings;
    return this.state;
  }

  /** A submit attempt: errors show from now on. True when every answer passes its checks. */
  checkAll(model: FormModel): boolean {
    model.submitted = true;
    const ok = model.validate();
    this.host.requestUpdate();
    return ok;
  }

  /** Errors found outside the checks (the published schema, the comune's server), on their fields. */
  reject(model: FormModel, errors: { name: string; error: FieldError }[]): void {
    for (const { name, error } of errors) model.reject(name, error);
    this.host.requestUpdate();
  }

  private change(model: FormModel, name: string, value: FieldValue): void {
    model.set(name, value);
    this.onChange();
    this.host.requestUpdate();
  }

  private async pickFile(model: FormModel, settings: Settings, name: string, file: File | undefined): Promise<void> {
    this.previews.delete(name);
    if (!file) return this.change(model, name, undefined);
    const prepared = await prepareCardCopy(file, settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB);
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

// "Salva e continua dopo" (AgID's C.SE.1.6, without a server): the typed answers in a file
// the citizen keeps, and "Riprendi da un file", checked before an answer is taken. Both
// need the form's code for sending, asked for on the click.
import type { ReactiveControllerHost } from 'lit';
import type { FormModel } from '../../../src/forms/form-model.js';
import type { RequestKind } from '../../../src/requests/kinds.js';
import type { SendingCode } from './sending-loader.js';

export class AnswersFile {
  /** What the last "Salva" or "Riprendi" did, said where the citizen chose it (worded in the render, in the form's language). */
  note?: () => string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: () => RequestKind,
    /** The comune's settings id, written in the file so it resumes only there. */
    private readonly comune: () => string,
    private readonly code: () => Promise<SendingCode>,
  ) {}

  async save(model: FormModel): Promise<void> {
    const code = await this.code();
    this.note = code.saveAnswers(this.request(), this.comune(), model);
    this.host.requestUpdate();
  }

  async resume(event: Event, model: FormModel): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file may be chosen again
    if (!file) return;
    const code = await this.code();
    this.note = await code.resumeAnswers(file, this.request(), model);
    this.host.requestUpdate();
  }
}

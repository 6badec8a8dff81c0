// "Salva e continua dopo" and "Riprendi da un file" once chosen: the file made or read, and
// what the citizen is told. Part of the code for sending, so the form's first load carries
// only the two buttons.
import { msg, str } from '@lit/localize';
import type { FormModel } from '../../../src/forms/form-model.js';
import { answersFile, readAnswersFile } from '../../../src/forms/saved-answers.js';
import { downloadText } from './done-views.js';

// Each returns what to say as a function: the form words it when it renders, in its own
// language (a msg() after the await of a file would answer in Italian).

/** The typed answers in a file the citizen keeps; nothing leaves the device. */
export function saveAnswers(request: string, comune: string, model: FormModel): () => string {
  downloadText(answersFile(request, comune, model.keptAnswers()), `risposte-cie-${request}.json`);
  return () => msg('Risposte salvate nel file. Per continuare, torna su questa pagina e scegli «Riprendi da un file». Il file contiene i tuoi dati: conservalo con cura.');
}

/** The answers of a file saved from this form, checked first; nothing taken from any other file. */
export async function resumeAnswers(file: File, request: string, model: FormModel): Promise<() => string> {
  const read = file.size > 100_000 ? ({ ok: false, why: 'not-answers' } as const) : readAnswersFile(await file.text(), request);
  if (read.ok) {
    const taken = model.resume(read.answers);
    return () => msg(str`Risposte riprese dal file: ${taken}. Allega di nuovo i file e conferma le dichiarazioni.`);
  }
  return read.why === 'other-request'
    ? () => msg('Questo file contiene le risposte di un altro modulo: non è stato ripreso nulla.')
    : () => msg('Questo file non contiene risposte salvate da questo modulo: non è stato ripreso nulla.');
}

// What sits under a form's questions: where the citizen is (the step line), the button that
// goes on (its words say what happens next, on the comune's channel), what is happening
// now, and the draft's note with "Salva e continua dopo", "Riprendi da un file" and
// "Cancella i dati inseriti".
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { unreachable, type FormAction } from '../../../src/requests/channels.js';
import { DRAFT_MINUTES } from '../../../src/forms/draft.js';
import type { Phase } from './submission-controller.js';

/** Where the citizen is: the questions, their review, the outcome. */
export const stepLine = (step: 1 | 2 | 3) =>
  html`<p class="step" part="step">
    ${step === 1 ? msg('Passo 1 di 3: le domande') : step === 2 ? msg('Passo 2 di 3: verifica i dati') : msg('Passo 3 di 3: fatto')}
  </p>`;

/** The review's button says what happens next, on this channel. */
function submitLabel(action: Exclude<FormAction, 'visit-counter'>): string {
  switch (action) {
    case 'send':
      return msg('Invia la richiesta');
    case 'prepare-email':
      return msg('Prepara l’email');
    case 'prepare-summary':
      return msg('Prepara il riepilogo da portare');
    case 'open-portal':
      return msg('Vai al servizio online del Comune');
    default:
      return unreachable(action);
  }
}

export interface FormActions {
  action: Exclude<FormAction, 'visit-counter'>;
  phase: Phase;
  /** Between the click and the checks, while the code for checking arrives. */
  preparing: boolean;
  /** The citizen has just cleared the form. */
  cleared: boolean;
  /** What the last "Salva" or "Riprendi" did. */
  savedNote?: string;
  cancel(): void;
  save(): void;
  resume(event: Event): void;
  clear(): void;
}

export function formActions({ action, phase, preparing, cleared, savedNote, cancel, save, resume, clear }: FormActions) {
  const sending = phase.name === 'submitting';
  const progress = phase.name === 'submitting' ? phase.progress : undefined;
  const busy = sending || preparing;
  const pickFile = (event: Event) => (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('#resume-file')?.click();
  return html`<div class="actions">
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
        ${phase.name === 'reviewing' || phase.name === 'submitting' ? submitLabel(action) : msg('Continua')}
      </button>
      ${sending ? html`<button type="button" class="secondary" @click=${cancel}>${msg('Annulla l’invio')}</button>` : nothing}
      <p class="status" role="status">
        ${
          sending
            ? progress !== undefined && progress < 1
              ? msg(str`Invio in corso: ${Math.round(progress * 100)}%`)
              : msg('Invio in corso…')
            : preparing
              ? msg('Controllo delle risposte…')
              : cleared
              ? msg('I dati inseriti sono stati cancellati da questa pagina e dal browser.')
              : nothing
        }
      </p>
    </div>
    <div class="draft-note">
      <p>${msg(str`Finché non hai finito, quello che scrivi resta in questa scheda del browser per ${DRAFT_MINUTES} minuti (i file no), così non lo perdi se ricarichi la pagina.`)}</p>
      <p>${msg('Per continuare un altro giorno, salva le risposte in un file (senza i file allegati e senza le dichiarazioni) e riprendile da qui.')}</p>
      <div class="draft-actions">
        <button type="button" class="secondary" ?disabled=${sending} @click=${save}>${msg('Salva e continua dopo')}</button>
        <button type="button" class="secondary" ?disabled=${sending} @click=${pickFile}>${msg('Riprendi da un file')}</button>
        <input type="file" id="resume-file" accept="application/json,.json" hidden @change=${resume} />
        <button type="button" class="secondary" ?disabled=${sending} @click=${clear}>${msg('Cancella i dati inseriti')}</button>
      </div>
      <p class="status saved-status" role="status">${savedNote ?? nothing}</p>
    </div>`;
}

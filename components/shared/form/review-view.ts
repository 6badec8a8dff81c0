// "Verifica i tuoi dati": every answer on one screen right before the one button that sends
// (Designers Italia's criterion C.SE.1.4), each with "Modifica" back to its question. Part
// of the code for sending: the review shows only after the answers were checked.
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { subheading } from '../heading.js';

export interface ReviewRow {
  name: string;
  label: string;
  value: string;
}

/** The review, in the citizen's language; `edit(name)` goes back to that question. */
export function reviewView(rows: ReviewRow[], level: number, edit: (name?: string) => void) {
  return html`<div class="review" part="review" id="review" tabindex="-1" aria-labelledby="review-heading">
    ${subheading(level, msg('Verifica i tuoi dati'), 'review-heading')}
    <p>${msg('Controlla le risposte prima di continuare. Per cambiarne una, scegli «Modifica».')}</p>
    <dl class="summary review-answers">
      ${rows.map(
        (row) =>
          html`<div>
            <dt>${row.label}</dt>
            <dd>${row.value}</dd>
            <dd class="change">
              <button type="button" class="link" @click=${() => edit(row.name)}>
                ${msg('Modifica')}<span class="visually-hidden"> ${msg(str`la risposta: ${row.label}`)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <p><button type="button" class="secondary" @click=${() => edit()}>${msg('Torna alle domande')}</button></p>
  </div>`;
}

import { msg } from '@lit/localize';
import { html } from 'lit';
import { reprintRequest } from '../../src/requests/reprint.js';
import { RequestForm } from '../shared/form/request-form.js';
import { reservedSpace } from '../shared/reserved-space.js';

/**
 * The request to reprint the PIN/PUK codes, made the way the comune set: sent to its
 * endpoint, as a prepared email, as a summary to bring to the counter, or on its portal.
 *
 * @tag cie-reprint-form
 * @summary "Richiesta ristampa PIN/PUK".
 */
export class CieReprintForm extends RequestForm {
  static override styles = [...RequestForm.styles, reservedSpace('cie-reprint-form')];

  protected readonly definition = reprintRequest;

  protected override renderBeforeForm() {
    return html`<p class="intro">${msg('Non scrivere mai il PIN o il PUK in questo modulo: il Comune non te li chiederà mai.')}</p>`;
  }
}

// Entry point for <cie-reprint-form>: the element and its definition.
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FormAction } from '../../src/requests/channels.js';
import type { Settings } from '../../src/settings/schema.js';
import { reprintRequest } from '../../src/requests/reprint.js';
import { defineElement } from '../shared/define.js';
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

  protected override renderBeforeForm(_settings: Settings, action: FormAction) {
    // Nothing to write here at a counter without a form: no warning about writing.
    if (action === 'visit-counter') return nothing;
    return html`<p class="intro">${msg('Non scrivere mai il PIN o il PUK in questo modulo: il Comune non te li chiederà mai.')}</p>`;
  }
}

defineElement('cie-reprint-form', CieReprintForm);

declare global {
  interface HTMLElementTagNameMap {
    'cie-reprint-form': CieReprintForm;
  }
}

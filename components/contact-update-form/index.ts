// Entry point for <cie-contact-update-form>: the element and its definition.
import { msg } from '@lit/localize';
import type { FormAction } from '../../src/requests/channels.js';
import { html, nothing } from 'lit';
import { safeHref } from '../../src/links.js';
import { nationalFacts } from '../../src/national.js';
import { contactUpdateRequest } from '../../src/requests/contact-update.js';
import type { Settings } from '../../src/settings/schema.js';
import { defineElement } from '../shared/define.js';
import { RequestForm } from '../shared/form/request-form.js';
import { reservedSpace } from '../shared/reserved-space.js';

/**
 * The request to add or change the email and mobile linked to a CIE: the fallback for
 * citizens who cannot do it themselves on the Ministry's portal.
 *
 * @tag cie-contact-update-form
 * @summary "Richiesta inserimento/aggiornamento contatti".
 * @csspart self-service - the Ministry portal, offered first
 */
export class CieContactUpdateForm extends RequestForm {
  static override styles = [...RequestForm.styles, reservedSpace('cie-contact-update-form')];

  protected readonly definition = contactUpdateRequest;

  /** The Ministry's portal first: the form is the fallback. */
  protected override renderBeforeForm(settings: Settings, action: FormAction) {
    const portal = safeHref(nationalFacts(settings).contactsPortalUrl);
    return html`<div class="intro" part="self-service">
      <p>
        ${msg('Puoi farlo da solo, subito, nell’area assistenza del portale CIE del Ministero:')}
        <a href=${portal ?? nothing}>${msg('portale CIE')}</a>
      </p>
      <p>
        ${action === 'visit-counter'
          ? msg('Sono questi contatti a permetterti di recuperare il PUK con l’app CieID. Vai allo sportello solo se non riesci da solo.')
          : msg('Sono questi contatti a permetterti di recuperare il PUK con l’app CieID. Usa questo modulo solo se non riesci da solo.')}
      </p>
    </div>`;
  }
}

defineElement('cie-contact-update-form', CieContactUpdateForm);

declare global {
  interface HTMLElementTagNameMap {
    'cie-contact-update-form': CieContactUpdateForm;
  }
}

import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Values } from '../../src/forms/form-model.js';
import { safeHref } from '../../src/links.js';
import { nationalFacts } from '../../src/national.js';
import type { Locale } from '../../src/settings/fields.js';
import type { Settings } from '../../src/settings/schema.js';
import { checkbox, type FormView } from '../shared/form/fields.js';
import { RequestForm } from '../shared/form/request-form.js';
import {
  cardCopySection,
  contactSummaryRows,
  emailField,
  holderSection,
  holderSummaryRows,
  mobileField,
  privacyField,
  subheading,
} from '../shared/form/request-sections.js';
import { contactUpdateFieldForPath, contactUpdateFieldSpecs, contactUpdatePayload } from './contact-update-fields.js';

/**
 * The request to add or change the email and mobile linked to a CIE: the fallback for
 * citizens who cannot do it themselves on the Ministry's portal.
 *
 * @tag cie-contact-update-form
 * @summary "Richiesta inserimento/aggiornamento contatti".
 * @csspart self-service - the Ministry portal, offered first
 */
export class CieContactUpdateForm extends RequestForm {
  protected readonly request = 'contactUpdate' as const;
  protected fieldSpecs = contactUpdateFieldSpecs;
  protected buildPayload = contactUpdatePayload;
  protected fieldForPath = contactUpdateFieldForPath;

  protected formTitle(): string {
    return msg('Richiesta di inserimento o aggiornamento dei contatti della CIE');
  }

  protected ownFieldNames(): Record<string, string> {
    return {
      emailConfirm: msg('Conferma dell’email'),
      contactsPersonal: msg('Dichiarazione sui contatti personali'),
    };
  }

  protected summaryRows(values: Values, locale: Locale): [string, string][] {
    return [
      ...holderSummaryRows(values, locale, { birth: false }),
      ...contactSummaryRows(values),
      [msg('Dichiarazione'), msg('Email e cellulare sono personali e non usati da altre persone')],
    ];
  }

  /** The Ministry's portal first: the form is the fallback. */
  protected override renderBeforeForm(settings: Settings) {
    const portal = safeHref(nationalFacts(settings).contactsPortalUrl);
    return html`<div class="intro" part="self-service">
      <p>
        ${msg('Puoi farlo da solo, subito, nell’area assistenza del portale CIE del Ministero:')}
        <a href=${portal ?? nothing}>${msg('portale CIE')}</a>
      </p>
      <p>${msg('Sono questi contatti a permetterti di recuperare il PUK con l’app CieID. Usa questo modulo solo se non riesci da solo.')}</p>
    </div>`;
  }

  protected renderFields(view: FormView, settings: Settings) {
    const level = this.level + 1;
    return html`${holderSection(view, settings, level, { birth: false })}
      ${subheading(level, msg('Nuovi contatti'))}
      ${emailField(view, settings, {
        hint: settings.contactRules?.pecNotAllowed
          ? msg('Un indirizzo solo tuo, non una PEC: il Ministero ti scriverà qui.')
          : msg('Un indirizzo solo tuo: il Ministero ti scriverà qui.'),
      })}
      ${emailField(view, settings, { name: 'emailConfirm', label: msg('Scrivi di nuovo l’email'), hint: msg('Per evitare errori di battitura.') })}
      ${mobileField(view, msg('Cellulare personale'))} ${cardCopySection(view, settings, level)}
      ${subheading(level, msg('Dichiarazioni'))}
      ${checkbox(view, {
        name: 'contactsPersonal',
        label: msg('Dichiaro che email e cellulare sono personali e non sono usati da altre persone.'),
        hint: msg('Il Ministero rifiuta contatti già associati alla carta di un’altra persona.'),
      })}
      ${privacyField(view, settings, msg('Il Comune usa questi dati solo per registrare i contatti sulla carta, come previsto dalla legge.'))}`;
  }
}

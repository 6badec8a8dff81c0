import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Values } from '../../src/forms/form-model.js';
import { safeHref } from '../../src/links.js';
import type { Locale } from '../../src/settings/fields.js';
import type { Settings } from '../../src/settings/schema.js';
import { normalizeCodiceFiscale } from '../../src/validation/codice-fiscale.js';
import { mobileToE164, normalizeCardNumber } from '../../src/validation/contacts.js';
import { DEFAULT_MAX_FILE_MB } from '../../src/validation/files.js';
import { longDate } from '../../src/time/format.js';
import { baseStyles } from '../shared/base.styles.js';
import { checkbox, fileField, radioGroup, textField, type FormView } from '../shared/form/fields.js';
import { formStyles } from '../shared/form/form.styles.js';
import { RequestForm } from '../shared/form/request-form.js';
import { heading } from '../shared/heading.js';
import { reprintAttachments, reprintFieldForPath, reprintFieldSpecs, reprintPayload } from './reprint-fields.js';

/**
 * The request to reprint the PIN/PUK codes, sent the way the comune set: to its
 * endpoint, as a prepared email, or as a summary to bring to an appointment.
 *
 * @summary "Richiesta ristampa PIN/PUK".
 * @event cie-submit - before sending; cancelable, so an integrator can take over
 * @event cie-submitted - sent (endpoint), or prepared (email, appointment)
 * @event cie-submit-error - the endpoint did not take it
 * @csspart card - the outer box
 * @csspart error-summary - the list of problems at the top
 * @csspart receipt - what the citizen gets at the end
 * @csspart failure - what went wrong and the comune's other channels
 */
export class CieReprintForm extends RequestForm {
  static override styles = [baseStyles, formStyles];
  protected readonly request = 'reprint' as const;
  protected fieldSpecs = reprintFieldSpecs;
  protected buildPayload = reprintPayload;
  protected attachments = reprintAttachments;
  protected fieldForPath = reprintFieldForPath;

  protected formTitle(): string {
    return msg('Richiesta di ristampa dei codici PIN e PUK');
  }

  protected fieldName(name: string): string {
    const names: Record<string, string> = {
      applicantRole: msg('Chi fa la richiesta'),
      holderGivenName: msg('Nome del titolare'),
      holderFamilyName: msg('Cognome del titolare'),
      holderCodiceFiscale: msg('Codice fiscale del titolare'),
      holderBirthDate: msg('Data di nascita del titolare'),
      holderBirthPlace: msg('Luogo di nascita del titolare'),
      cardNumber: msg('Numero della carta'),
      applicantGivenName: msg('Nome di chi fa la richiesta'),
      applicantFamilyName: msg('Cognome di chi fa la richiesta'),
      applicantCodiceFiscale: msg('Codice fiscale di chi fa la richiesta'),
      codes: msg('Quali codici'),
      halves: msg('Quale metà dei codici'),
      email: msg('Email'),
      mobile: msg('Cellulare'),
      cardFront: msg('Fronte della carta'),
      cardBack: msg('Retro della carta'),
      codesLost: msg('Dichiarazione di smarrimento'),
      privacyRead: msg('Informativa privacy'),
    };
    return names[name] ?? name;
  }

  private roleLabel(role: unknown): string {
    switch (role) {
      case 'parent':
        return msg('Un genitore del titolare minorenne');
      case 'guardian':
        return msg('Il tutore del titolare minorenne');
      case 'delegate':
        return msg('Una persona delegata dal titolare');
      default:
        return msg('Il titolare della carta');
    }
  }

  private codesLabel(value: unknown): string {
    return value === 'pin' ? msg('PIN') : value === 'puk' ? msg('PUK') : msg('PIN e PUK');
  }

  private halvesLabel(value: unknown): string {
    return value === 'first' ? msg('Prima metà') : value === 'second' ? msg('Seconda metà') : msg('Entrambe le metà');
  }

  protected summaryRows(values: Values, locale: Locale): [string, string][] {
    const rows: [string, string][] = [
      [msg('Chi fa la richiesta'), this.roleLabel(values.applicantRole)],
      [msg('Nome del titolare'), `${values.holderGivenName ?? ''} ${values.holderFamilyName ?? ''}`.trim()],
      [msg('Codice fiscale del titolare'), normalizeCodiceFiscale(String(values.holderCodiceFiscale ?? ''))],
      [msg('Data e luogo di nascita'), `${longDate(String(values.holderBirthDate ?? ''), locale)}, ${values.holderBirthPlace ?? ''}`],
      [msg('Numero della carta'), normalizeCardNumber(String(values.cardNumber ?? ''))],
    ];
    if (values.applicantRole && values.applicantRole !== 'holder') {
      rows.push([
        msg('Richiedente'),
        `${values.applicantGivenName ?? ''} ${values.applicantFamilyName ?? ''}, ${normalizeCodiceFiscale(String(values.applicantCodiceFiscale ?? ''))}`,
      ]);
    }
    rows.push(
      [msg('Codici da ristampare'), `${this.codesLabel(values.codes)} – ${this.halvesLabel(values.halves)}`],
      [msg('Email'), String(values.email ?? '')],
      [msg('Cellulare'), mobileToE164(String(values.mobile ?? '')) ?? String(values.mobile ?? '')],
      [msg('Dichiarazione'), msg('Dichiaro di aver smarrito i codici (art. 47 DPR 445/2000)')],
    );
    return rows;
  }

  protected renderFields(view: FormView, settings: Settings, _locale: Locale) {
    const sub = (text: string) => heading(Math.min(6, this.level + 1), text, undefined, 'subheading');
    const someoneElse = view.model.get('applicantRole') !== undefined && view.model.get('applicantRole') !== 'holder';
    const maxMb = settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB;
    const privacyHref = safeHref(settings.privacyNoticeUrl);
    const roles = [
      { value: 'holder', label: this.roleLabel('holder') },
      { value: 'parent', label: this.roleLabel('parent') },
      { value: 'guardian', label: this.roleLabel('guardian') },
      ...(settings.eligibility?.delegatesAccepted ? [{ value: 'delegate', label: this.roleLabel('delegate') }] : []),
    ];
    return html`<p class="intro">
        ${msg('Non scrivere mai il PIN o il PUK in questo modulo: il Comune non te li chiederà mai.')}
      </p>
      ${radioGroup(view, { name: 'applicantRole', legend: msg('Chi fa la richiesta?'), options: roles })}
      ${sub(msg('Titolare della carta'))}
      ${textField(view, { name: 'holderGivenName', label: msg('Nome'), autocomplete: someoneElse ? 'off' : 'given-name' })}
      ${textField(view, { name: 'holderFamilyName', label: msg('Cognome'), autocomplete: someoneElse ? 'off' : 'family-name' })}
      ${textField(view, {
        name: 'holderCodiceFiscale',
        label: msg('Codice fiscale'),
        hint: msg('16 caratteri, per esempio RSSMRA70A01H501S'),
        code: true,
        width: 'medium',
      })}
      ${textField(view, { name: 'holderBirthDate', label: msg('Data di nascita'), type: 'date', autocomplete: someoneElse ? 'off' : 'bday', width: 'medium' })}
      ${textField(view, { name: 'holderBirthPlace', label: msg('Luogo di nascita'), hint: msg('Comune, o Stato se all’estero') })}
      ${textField(view, {
        name: 'cardNumber',
        label: msg('Numero della carta d’identità elettronica'),
        hint: msg('9 caratteri in alto a destra sul fronte della carta, per esempio CA00000AA. Non è il numero di 6 cifre in basso (CAN).'),
        code: true,
        width: 'medium',
      })}
      ${someoneElse
        ? html`${sub(msg('Chi fa la richiesta per il titolare'))}
          ${textField(view, { name: 'applicantGivenName', label: msg('Nome'), autocomplete: 'given-name' })}
          ${textField(view, { name: 'applicantFamilyName', label: msg('Cognome'), autocomplete: 'family-name' })}
          ${textField(view, { name: 'applicantCodiceFiscale', label: msg('Codice fiscale'), code: true, width: 'medium' })}`
        : nothing}
      ${sub(msg('Codici da ristampare'))}
      ${radioGroup(view, {
        name: 'codes',
        legend: msg('Quali codici?'),
        options: [
          { value: 'both', label: msg('PIN e PUK') },
          { value: 'pin', label: msg('Solo il PIN') },
          { value: 'puk', label: msg('Solo il PUK') },
        ],
      })}
      ${radioGroup(view, {
        name: 'halves',
        legend: msg('Quale metà dei codici?'),
        hint: msg('La prima metà è sulla ricevuta della richiesta della carta, la seconda è arrivata con la carta.'),
        options: [
          { value: 'both', label: msg('Entrambe le metà') },
          { value: 'first', label: msg('Prima metà') },
          { value: 'second', label: msg('Seconda metà') },
        ],
      })}
      ${sub(msg('Contatti'))}
      ${textField(view, {
        name: 'email',
        label: msg('Email personale'),
        hint: settings.contactRules?.pecNotAllowed
          ? msg('Qui il Ministero manda la seconda metà dei codici: non una PEC.')
          : msg('Qui il Ministero manda la seconda metà dei codici.'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
      })}
      ${textField(view, {
        name: 'mobile',
        label: msg('Cellulare'),
        hint: msg('Per esempio 333 123 4567; un numero estero con il prefisso, per esempio +41 79 123 45 67.'),
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        width: 'medium',
      })}
      ${view.model.isVisible('cardFront')
        ? html`${sub(msg('Copia della carta'))}
          ${fileField(view, { name: 'cardFront', label: msg('Fronte della carta'), hint: msg(str`PDF, JPEG o PNG, al massimo ${maxMb} MB.`) })}
          ${fileField(view, { name: 'cardBack', label: msg('Retro della carta'), hint: msg(str`PDF, JPEG o PNG, al massimo ${maxMb} MB.`) })}`
        : nothing}
      ${sub(msg('Dichiarazioni'))}
      ${checkbox(view, {
        name: 'codesLost',
        label: someoneElse
          ? msg('Dichiaro che i codici PIN e PUK della carta del titolare sono stati smarriti.')
          : msg('Dichiaro di aver smarrito i codici PIN e PUK della mia carta.'),
        hint: msg('Chi dichiara il falso è punito dalla legge (art. 76 DPR 445/2000).'),
      })}
      ${checkbox(view, {
        name: 'privacyRead',
        label: privacyHref
          ? html`${msg('Ho letto l’informativa sul trattamento dei dati personali')} (<a href=${privacyHref}>${msg('informativa privacy')}</a>)`
          : msg('Ho letto l’informativa sul trattamento dei dati personali'),
        hint: msg('Il Comune usa questi dati solo per ristampare i codici, come previsto dalla legge.'),
      })}`;
  }
}

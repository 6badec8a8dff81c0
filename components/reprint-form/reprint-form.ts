import { msg } from '@lit/localize';
import { html } from 'lit';
import type { Values } from '../../src/forms/form-model.js';
import type { Locale } from '../../src/settings/fields.js';
import type { Settings } from '../../src/settings/schema.js';
import { checkbox, radioGroup, type FormView } from '../shared/form/fields.js';
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
import { reprintFieldForPath, reprintFieldSpecs, reprintPayload } from './reprint-fields.js';

/**
 * The request to reprint the PIN/PUK codes, sent the way the comune set: to its
 * endpoint, as a prepared email, or as a summary to bring to an appointment.
 *
 * @tag cie-reprint-form
 * @summary "Richiesta ristampa PIN/PUK".
 */
export class CieReprintForm extends RequestForm {
  protected readonly request = 'reprint' as const;
  protected fieldSpecs = reprintFieldSpecs;
  protected buildPayload = reprintPayload;
  protected fieldForPath = reprintFieldForPath;

  protected formTitle(): string {
    return msg('Richiesta di ristampa dei codici PIN e PUK');
  }

  protected ownFieldNames(): Record<string, string> {
    return {
      codes: msg('Quali codici'),
      halves: msg('Quale metà dei codici'),
      codesLost: msg('Dichiarazione di smarrimento'),
    };
  }

  private codesLabel(value: unknown): string {
    return value === 'pin' ? msg('PIN') : value === 'puk' ? msg('PUK') : msg('PIN e PUK');
  }

  private halvesLabel(value: unknown): string {
    return value === 'first' ? msg('Prima metà') : value === 'second' ? msg('Seconda metà') : msg('Entrambe le metà');
  }

  protected summaryRows(values: Values, locale: Locale): [string, string][] {
    return [
      ...holderSummaryRows(values, locale, { birth: true }),
      [msg('Codici da ristampare'), `${this.codesLabel(values.codes)} – ${this.halvesLabel(values.halves)}`],
      ...contactSummaryRows(values),
      [msg('Dichiarazione'), msg('Dichiaro di aver smarrito i codici (art. 47 DPR 445/2000)')],
    ];
  }

  protected renderFields(view: FormView, settings: Settings) {
    const level = this.level + 1;
    const someoneElse = view.model.get('applicantRole') !== undefined && view.model.get('applicantRole') !== 'holder';
    return html`<p class="intro">
        ${msg('Non scrivere mai il PIN o il PUK in questo modulo: il Comune non te li chiederà mai.')}
      </p>
      ${holderSection(view, settings, level, { birth: true })}
      ${subheading(level, msg('Codici da ristampare'))}
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
      ${subheading(level, msg('Contatti'))} ${emailField(view, settings)} ${mobileField(view)}
      ${cardCopySection(view, settings, level)}
      ${subheading(level, msg('Dichiarazioni'))}
      ${checkbox(view, {
        name: 'codesLost',
        label: someoneElse
          ? msg('Dichiaro che i codici PIN e PUK della carta del titolare sono stati smarriti.')
          : msg('Dichiaro di aver smarrito i codici PIN e PUK della mia carta.'),
        hint: msg('Chi dichiara il falso è punito dalla legge (art. 76 DPR 445/2000).'),
      })}
      ${privacyField(view, settings, msg('Il Comune usa questi dati solo per ristampare i codici, come previsto dalla legge.'))}`;
  }
}

import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { safeHref } from '../../src/links.js';
import type { Locale } from '../../src/settings/value-types.js';
import type { FacilitatorSettings, OfficeSettings, Settings } from '../../src/settings/schema.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { addressLine } from '../../src/settings/service-facts.js';
import { clockLabel, dayAndMonth, weekdayName } from '../../src/time/format.js';
import { addDays } from '../../src/time/holidays.js';
import { openingStatus, romeWallClock, weeklyHours, type OpeningStatus } from '../../src/time/opening-hours.js';
import { baseStyles } from '../shared/base.styles.js';
import { CieElement } from '../shared/cie-element.js';
import { MinuteClock } from '../shared/clock.js';
import { emailLink, phoneLink, topicPhoneItems } from '../shared/contact-links.js';
import { subheading } from '../shared/heading.js';
import { contactsCardStyles } from './contacts-card.styles.js';
import { reservedSpace } from '../shared/reserved-space.js';

/**
 * The office's contacts: phones by topic, email, PEC, address, opening hours with
 * "open now" in Europe/Rome time, and the facilitatore digitale.
 *
 * @tag cie-contacts-card
 * @summary A comune's contacts for the CIE service.
 * @csspart card - the outer box
 * @csspart heading - headings
 * @csspart status - the "open now" line
 * @csspart phones - the list of phones by topic
 * @csspart hours - the weekly opening hours table
 * @csspart facilitator - the facilitatore digitale block
 * @csspart settings-error - shown instead of the card when settings are wrong
 */
export class CieContactsCard extends CieElement {
  static override styles = [baseStyles, contactsCardStyles, reservedSpace('cie-contacts-card')];
  static override properties: PropertyDeclarations = {
    now: { attribute: 'now', converter: (value) => (value ? dateOrNothing(value) : undefined) },
  };

  /** The moment "open now" is computed for; the real clock when unset (tests and demos set it). */
  now?: Date;

  constructor() {
    super();
    new MinuteClock(this);
  }

  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const { office, facilitator } = settings;
    return html`<section class="card" part="card" aria-labelledby="contacts-heading">
      ${this.ownHeading(comuneText(office.name, locale), 'contacts-heading')}
      ${office.openingHours?.length ? this.renderStatus(office, locale) : nothing}
      ${this.renderChannels(office, locale)} ${this.renderAddress(office)}
      ${hasOwnContacts(office) ? nothing : this.renderWayIn(settings, locale)}
      ${office.openingHours?.length ? this.renderHours(office, locale) : nothing}
      ${facilitator ? this.renderFacilitator(facilitator, locale) : nothing}
    </section>`;
  }

  private renderChannels(office: OfficeSettings, locale: Locale) {
    const phones = office.phones ?? [];
    if (!phones.length && !office.email && !office.pec && !office.website) return nothing;
    return html`<ul class="plain channels">
      ${topicPhoneItems(phones, locale)}
      ${office.email
        ? html`<li><span class="label">${msg('Email')}:</span> ${emailLink(office.email)}</li>`
        : nothing}
      ${office.pec
        ? html`<li>
            <span class="label"><abbr title=${msg('Posta elettronica certificata')}>PEC</abbr>:</span>
            ${emailLink(office.pec)}
          </li>`
        : nothing}
      ${office.website
        ? html`<li><a href=${safeHref(office.website) ?? nothing}>${msg('Sito web dell’ufficio')}</a></li>`
        : nothing}
    </ul>`;
  }

  /** An office whose settings give no phone, email, address or hours: how to reach it, in the comune's words, and its site. */
  private renderWayIn(settings: Settings, locale: Locale) {
    const instructions = comuneText(settings.booking?.instructions, locale);
    const website = safeHref(settings.website);
    return html`${instructions ? html`<p>${instructions}</p>` : nothing}
    ${website ? html`<p><a href=${website}>${msg(str`Sito del ${comuneText(settings.name, locale)}`)}</a></p>` : nothing}`;
  }

  private renderAddress(office: OfficeSettings) {
    const address = office.address;
    if (!address) return nothing;
    return html`<address part="address">
      <span class="label">${msg('Indirizzo')}:</span>
      ${addressLine(address)}
      ${address.mapUrl ? html`<br /><a href=${safeHref(address.mapUrl) ?? nothing}>${msg('Vedi sulla mappa')}</a>` : nothing}
    </address>`;
  }

  private renderStatus(office: OfficeSettings, locale: Locale) {
    // A Date set from script may be invalid too: the real clock then.
    const now = this.now && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
    const status = openingStatus(office.openingHours ?? [], office, now);
    return html`<p class="status ${status.open ? 'open' : 'closed'}" part="status">
      ${describeStatus(status, romeWallClock(now).date, locale)}
    </p>`;
  }

  private renderHours(office: OfficeSettings, locale: Locale) {
    return html`<table class="hours" part="hours">
        <caption class="subheading">${msg('Orari di apertura')}</caption>
        <tbody>
          ${weeklyHours(office.openingHours ?? []).map(
            ({ weekday, spans }) => html`<tr>
              <th scope="row">${weekdayName(weekday, locale)}</th>
              <td>
                ${spans.length
                  ? spans.map((s, i) => html`${i ? ', ' : ''}<span class="nowrap">${clockLabel(s.opens)}–${clockLabel(s.closes)}</span>`)
                  : msg('chiuso')}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${office.hoursNote ? html`<p class="muted">${comuneText(office.hoursNote, locale)}</p>` : nothing}
      <p class="muted">${msg('Chiuso nei giorni festivi.')}</p>`;
  }

  private renderFacilitator(facilitator: FacilitatorSettings, locale: Locale) {
    const name = comuneText(facilitator.name, locale) ?? msg('Facilitatore digitale');
    return html`<div class="facilitator" part="facilitator">
      ${subheading(this.level, name)}
      <p>${msg('Aiuta a usare la CIE e l’app CieID.')}</p>
      <ul class="plain">
        ${facilitator.phone
          ? html`<li>
              <span class="label">${facilitator.byAppointment ? msg('Appuntamento per telefono') : msg('Telefono')}:</span>
              ${phoneLink(facilitator.phone, facilitator.phoneDisplay)}
            </li>`
          : nothing}
        ${facilitator.email ? html`<li><span class="label">${msg('Email')}:</span> ${emailLink(facilitator.email)}</li>` : nothing}
        ${facilitator.url
          ? html`<li><a href=${safeHref(facilitator.url) ?? nothing}>${msg('Informazioni sul facilitatore digitale')}</a></li>`
          : nothing}
      </ul>
      ${facilitator.note ? html`<p class="muted">${comuneText(facilitator.note, locale)}</p>` : nothing}
    </div>`;
  }
}

const hasOwnContacts = (office: OfficeSettings) =>
  Boolean(office.phones?.length || office.email || office.pec || office.website || office.address || office.openingHours?.length);

/** "Aperto ora, chiude alle 12:30" / "Chiuso, apre lunedì alle 8:30". */
function describeStatus(status: OpeningStatus, today: string, locale: Locale): string {
  if (status.open) {
    const closes = clockLabel(status.closesAt);
    return msg(str`Aperto ora, chiude alle ${closes}`);
  }
  if (!status.next) return msg('Chiuso');
  const { daysAhead, weekday, opensAt } = status.next;
  const time = clockLabel(opensAt);
  if (daysAhead === 0) return msg(str`Chiuso ora, apre oggi alle ${time}`);
  if (daysAhead === 1) return msg(str`Chiuso, apre domani alle ${time}`);
  // Past a week the weekday alone is ambiguous: add the date.
  const day =
    daysAhead < 7
      ? weekdayName(weekday, locale)
      : `${weekdayName(weekday, locale)} ${dayAndMonth(addDays(today, daysAhead), locale)}`;
  return msg(str`Chiuso, apre ${day} alle ${time}`);
}

/** The `now` attribute as a date; one that is no date is said in the console and the real clock is used. */
function dateOrNothing(value: string): Date | undefined {
  const date = new Date(value);
  if (!Number.isNaN(date.getTime())) return date;
  console.warn(`[cie-widgets] <cie-contacts-card now="${value}">: not a date; the real clock is used`);
  return undefined;
}

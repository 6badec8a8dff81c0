import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { safeHref } from '../../src/links.js';
import type { Locale } from '../../src/settings/value-types.js';
import type { BookingSettings, Settings } from '../../src/settings/schema.js';
import { servicePhones } from '../../src/settings/service-facts.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { baseStyles } from '../shared/base.styles.js';
import { CieElement } from '../shared/cie-element.js';
import { emailLink, phoneLink, topicPhoneItems } from '../shared/contact-links.js';
import { subheading } from '../shared/heading.js';
import { appointmentLinkStyles } from './appointment-link.styles.js';
import { reservedSpace } from '../shared/reserved-space.js';

/**
 * How to book the counter: online link, phone booking, which office, what to bring.
 * A comune with no booking shows how to reach the office instead: never a dead link.
 *
 * @tag cie-appointment-link
 * @summary Booking an appointment at the comune's CIE counter.
 * @csspart card - the outer box
 * @csspart heading - headings
 * @slot book-online - filled by the element itself: the online booking link, a light-DOM
 * `<a data-element="appointment-booking">` (AgID's checker looks for it outside shadow roots),
 * drawn as a button; style it as `cie-appointment-link > a[slot="book-online"]`
 * @csspart what-to-bring - the list of what to bring
 * @csspart settings-error - shown instead of the card when settings are wrong
 * @cssproperty --cie-color-on-primary - text on the booking button
 */
export class CieAppointmentLink extends CieElement {
  static override styles = [baseStyles, appointmentLinkStyles, reservedSpace('cie-appointment-link')];

  protected override renderWithSettings(settings: Settings, locale: Locale) {
    const { booking } = settings;
    return html`<section class="card" part="card" aria-labelledby="booking-heading">
      ${this.ownHeading(msg('Prenota un appuntamento allo sportello'), 'booking-heading')}
      ${booking ? this.renderBooking(booking, locale) : this.renderNoBooking(settings, locale)}
      ${this.renderModules(settings)}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeBookingLink();
  }

  /**
   * The online booking link lives in the page's light DOM, shown in the card through its
   * slot: AgID's checker (C.SI.2.1) reads only the light DOM for
   * `a[data-element="appointment-booking"]`, and a citizen gets one link, not a hidden copy.
   */
  private placeBookingLink(): void {
    const loaded = this.settingsLoad.last;
    const url = loaded && safeHref(loaded.settings.booking?.url);
    let link = this.querySelector<HTMLAnchorElement>(':scope > a[slot="book-online"]');
    if (!loaded || !url) {
      link?.remove();
      return;
    }
    if (!link) {
      link = document.createElement('a');
      link.slot = 'book-online';
      link.dataset.element = 'appointment-booking';
      this.append(link);
    }
    if (link.getAttribute('href') !== url) link.setAttribute('href', url);
    const text = this.language.speak(() => msg('Prenota online'), loaded.locale);
    if (link.textContent !== text) link.textContent = text;
    link.lang = loaded.locale;
  }

  private renderBooking(booking: BookingSettings, locale: Locale) {
    const bookingUrl = safeHref(booking.url);
    const office = comuneText(booking.office, locale);
    return html`${office ? html`<p><span class="label">${msg('Dove')}:</span> ${office}</p>` : nothing}
      ${bookingUrl
        ? html`<p><slot name="book-online"></slot></p>`
        : nothing}
      ${booking.phone
        ? html`<p>
            <span class="label">${bookingUrl ? msg('Oppure prenota per telefono') : msg('Prenota per telefono')}:</span>
            ${phoneLink(booking.phone, booking.phoneDisplay)}
          </p>`
        : nothing}
      ${booking.instructions ? html`<p>${comuneText(booking.instructions, locale)}</p>` : nothing}
      ${booking.whatToBring?.length
        ? html`${subheading(this.level, msg('Cosa portare'))}
            <ul part="what-to-bring">
              <li>${msg('La carta d’identità elettronica')}</li>
              ${booking.whatToBring.map((item) => html`<li>${comuneText(item, locale)}</li>`)}
            </ul>`
        : nothing}`;
  }

  /** No booking in the settings: the office's own phones and email, so the citizen can still arrange a visit. */
  private renderNoBooking(settings: Settings, locale: Locale) {
    const { office } = settings;
    return html`<p>
        ${msg('Per concordare un appuntamento contatta l’ufficio:')}
        <strong>${comuneText(office.name, locale)}</strong>
      </p>
      <ul class="plain">
        ${topicPhoneItems(servicePhones(office), locale)}
        ${office.email ? html`<li><span class="label">${msg('Email')}:</span> ${emailLink(office.email)}</li>` : nothing}
      </ul>`;
  }

  private renderModules(settings: Settings) {
    const { reprint, contactUpdate } = settings.requests;
    const reprintModule = safeHref(reprint.moduleUrl);
    const contactsModule = safeHref(contactUpdate?.moduleUrl);
    if (!reprintModule && !contactsModule) return nothing;
    return html`<ul class="plain modules">
      ${reprintModule
        ? html`<li><a href=${reprintModule}>${msg('Modulo di richiesta ristampa PIN e PUK')}</a></li>`
        : nothing}
      ${contactsModule
        ? html`<li><a href=${contactsModule}>${msg('Modulo di richiesta inserimento contatti')}</a></li>`
        : nothing}
    </ul>`;
  }
}

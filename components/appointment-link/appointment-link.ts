import { msg, str } from '@lit/localize';
import { unreachable } from '../../src/requests/channels.js';
import { html, nothing, type PropertyValues } from 'lit';
import { safeHref } from '../../src/links.js';
import type { Locale } from '../../src/settings/value-types.js';
import type { BookingSettings, Channel, Settings, WalkInChannel } from '../../src/settings/schema.js';
import { servicePhones } from '../../src/settings/service-facts.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { baseStyles } from '../shared/base.styles.js';
import { CieElement } from '../shared/cie-element.js';
import { emailLink, phoneLink, topicPhoneItems } from '../shared/contact-links.js';
import { subheading } from '../shared/heading.js';
import { serviceHours } from '../shared/service-hours.js';
import { appointmentLinkStyles } from './appointment-link.styles.js';
import { reservedSpace } from '../shared/reserved-space.js';
import { moduleName } from '../shared/comune-module.js';
import { LazyModule } from '../shared/lazy-module.js';
import { BookingOnPage } from '../shared/booking-on-page.js';

/** How this comune's counter takes the service, from its requests' channels and its booking. */
type Visit = { kind: 'booking' } | { kind: 'walk-in'; channel: WalkInChannel } | { kind: 'no-visit'; channel: Channel };

function visitOf(settings: Settings): Visit {
  const channels = [settings.requests.reprint.channel, ...(settings.requests.contactUpdate ? [settings.requests.contactUpdate.channel] : [])];
  if (settings.booking || channels.some((channel) => channel.type === 'appointment')) return { kind: 'booking' };
  const walkIn = channels.find((channel): channel is WalkInChannel => channel.type === 'walk-in');
  return walkIn ? { kind: 'walk-in', channel: walkIn } : { kind: 'no-visit', channel: settings.requests.reprint.channel };
}

/**
 * How to book the counter: online link, phone booking, which office, what to bring.
 * A comune whose counter takes the service without appointment says where, when and
 * what to bring; one whose service needs no visit (email, online) says so, and tells the
 * editor in the console: never a booking box the comune did not ask for.
 *
 * @tag cie-appointment-link
 * @summary Booking an appointment at the comune's CIE counter.
 * @event cie-appointment-booked - booked on the page (`booking.system`); `detail`: `{start, end, code}`
 * @csspart card - the outer box
 * @csspart heading - headings
 * @csspart booking-flow - booking on the page, where the settings name a booking system
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
    const visit = visitOf(settings);
    return html`<section class="card" part="card" aria-labelledby="booking-heading">
      ${this.renderVisit(visit, settings, locale)} ${this.renderModules(settings, locale)}
    </section>`;
  }

  private renderVisit(visit: Visit, settings: Settings, locale: Locale) {
    switch (visit.kind) {
      case 'booking':
        return html`${this.ownHeading(msg('Prenota un appuntamento allo sportello'), 'booking-heading')}
        ${settings.booking ? this.renderBooking(settings, settings.booking, locale) : this.renderNoBooking(settings, locale)}`;
      case 'walk-in': {
        // Until its code is here: the comune's own words on how it receives.
        const details = this.walkIn.get()?.walkInDetails(visit.channel, settings, locale, this.level) ?? html`<p>${comuneText(visit.channel.instructions, locale)}</p>`;
        return html`${this.ownHeading(msg('Allo sportello, senza appuntamento'), 'booking-heading')} ${details}`;
      }
      case 'no-visit':
        this.tellEditorNoVisit(settings);
        return html`${this.ownHeading(msg('Non serve un appuntamento'), 'booking-heading')}
          <p>${noVisitText(visit.channel, settings, locale)}</p>`;
      default:
        return unreachable(visit);
    }
  }

  /** The counter without appointment's details, only for comuni that have one. */
  private readonly walkIn = new LazyModule(this, () => import('../shared/walk-in.js'));

  /** Booking on the page, only for comuni whose settings name a booking system. */
  private readonly bookingOnPage = new BookingOnPage(this, this.language);

  override get ready(): Promise<void> {
    return super.ready
      .then(() => Promise.all([this.walkIn.settled, this.bookingOnPage.settled]))
      .then(() => this.updateComplete.then(() => undefined));
  }

  private toldEditor = false;
  /** Once per element: the editor may have pasted this tag by habit, for a comune whose service needs no visit. */
  private tellEditorNoVisit(settings: Settings): void {
    if (this.toldEditor) return;
    this.toldEditor = true;
    console.info(
      `[cie-widgets] <cie-appointment-link>: ${comuneText(settings.name, 'it')} takes this service without a visit to the counter (requests.reprint.channel is "${settings.requests.reprint.channel.type}"), so the element says no appointment is needed. Remove the tag if the page does not need to say it.`,
    );
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

  private renderBooking(settings: Settings, booking: BookingSettings, locale: Locale) {
    const office = comuneText(booking.office, locale);
    const flow = booking.system && this.bookingOnPage.flowFor(booking.system, settings.id);
    return html`${office ? html`<p><span class="label">${msg('Dove')}:</span> ${office}</p>` : nothing}
      ${serviceHours(booking.hours, locale)}
      ${booking.system
        ? flow
          ? flow.render(settings, locale, this.level)
          : html`<p>${msg('Cerco gli orari liberi…')}</p>`
        : nothing}
      ${flow?.holdsBooking ? nothing : this.otherWays(booking, locale)}
      ${booking.whatToBring?.length
        ? html`${subheading(this.level, msg('Cosa portare'))}
            <ul part="what-to-bring">
              ${booking.whatToBring.map((item) => html`<li>${comuneText(item, locale)}</li>`)}
            </ul>`
        : nothing}`;
  }

  /** The comune's link, phone and instructions: the only ways without a booking system, the way round when it fails. */
  private otherWays(booking: BookingSettings, locale: Locale) {
    const bookingUrl = safeHref(booking.url);
    return html`${booking.system ? html`<p>${msg('Altri modi per prenotare:')}</p>` : nothing}
      ${bookingUrl
        ? html`<p><slot name="book-online"></slot></p>`
        : nothing}
      ${booking.phone
        ? html`<p>
            <span class="label">${bookingUrl ? msg('Oppure prenota per telefono') : msg('Prenota per telefono')}:</span>
            ${phoneLink(booking.phone, booking.phoneDisplay)}
          </p>`
        : nothing}
      ${booking.instructions ? html`<p>${comuneText(booking.instructions, locale)}</p>` : nothing}`;
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

  /** The comune's modules for these requests, by their titles: linked where the settings give an address; one line when both are the same module. */
  private renderModules(settings: Settings, locale: Locale) {
    const { reprint, contactUpdate } = settings.requests;
    const same = reprint.module && contactUpdate?.module && comuneText(reprint.module.title, 'it') === comuneText(contactUpdate.module.title, 'it');
    const items = [
      reprint.module
        ? html`<li>${same ? msg('Per la ristampa di PIN e PUK e per i contatti, il modulo del Comune') : msg('Per la ristampa di PIN e PUK, il modulo del Comune')}
            ${moduleName(reprint.module, locale)}</li>`
        : moduleLink(reprint.moduleUrl, msg('Modulo di richiesta ristampa PIN e PUK')),
      contactUpdate?.module && !same
        ? html`<li>${msg('Per inserire o cambiare i contatti, il modulo del Comune')} ${moduleName(contactUpdate.module, locale)}</li>`
        : moduleLink(contactUpdate?.moduleUrl, msg('Modulo di richiesta inserimento contatti')),
    ].filter((item) => item !== nothing);
    return items.length ? html`<ul class="plain modules">${items}</ul>` : nothing;
  }
}

/** A bare module address (`moduleUrl`), under a name that says what it is for. */
function moduleLink(url: string | undefined, text: string) {
  const href = safeHref(url);
  return href ? html`<li><a href=${href}>${text}</a></li>` : nothing;
}

/** How the request reaches the comune without a visit, in a sentence built from its settings. */
function noVisitText(channel: Channel, settings: Settings, locale: Locale) {
  const comune = comuneText(settings.name, locale);
  switch (channel.type) {
    case 'email':
      return html`${msg(str`${comune} riceve la richiesta per email, senza andare allo sportello:`)} ${emailLink(channel.to)}`;
    case 'endpoint':
      return msg(str`${comune} riceve la richiesta online, senza andare allo sportello.`);
    case 'portal':
      return html`${msg(str`${comune} riceve la richiesta online, senza andare allo sportello:`)}
        <a href=${safeHref(channel.url) ?? nothing}>${msg('servizio online del Comune')}</a>`;
    case 'appointment':
    case 'walk-in':
      return nothing; // a visit: never here (visitOf)
    default:
      return unreachable(channel);
  }
}

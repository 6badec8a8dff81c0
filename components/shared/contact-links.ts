import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { mailtoHref, telHref } from '../../src/links.js';
import type { Locale } from '../../src/settings/value-types.js';
import type { TopicPhone } from '../../src/settings/schema.js';
import { comuneText } from '../../src/settings/comune-text.js';

/** A phone as a `tel:` link, showing the number as the comune prints it. */
export const phoneLink = (e164: string, display?: string) =>
  html`<a class="tel" href=${telHref(e164) ?? nothing}>${display ?? e164}</a>`;

export const emailLink = (address: string) => html`<a href=${mailtoHref(address) ?? nothing}>${address}</a>`;

/** Phones by topic: "Telefono – Carta d'identità: (+39) 0461 884291". */
export const topicPhoneItems = (phones: readonly TopicPhone[], locale: Locale) =>
  phones.map(
    (phone) => html`<li part="phones">
      <span class="label">${msg('Telefono')} – ${comuneText(phone.topic, locale)}:</span>
      ${phoneLink(phone.number, phone.display)}
    </li>`,
  );

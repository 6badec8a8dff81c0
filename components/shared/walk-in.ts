// The counter without appointment, as the comune describes it (loaded only for comuni that
// have one: components/shared/lazy-module.ts): where, when this service is
// taken (its own hours; the office's are on the contacts card), how to be received, how
// many a day, what to bring. Everything here comes from the settings; nothing is said that they leave out.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { comuneText } from '../../src/settings/comune-text.js';
import type { RequestService, Settings, WalkInChannel } from '../../src/settings/schema.js';
import { moduleName } from './comune-module.js';
import { codesDeliveryLines } from '../../src/settings/codes-delivery.js';
import { addressLine } from '../../src/settings/service-facts.js';
import type { Locale } from '../../src/settings/value-types.js';
import { subheading } from './heading.js';
import { serviceHours } from './service-hours.js';

/** Where, when and how the citizen comes to the counter; with `whatToBringLevel`, what to bring under a heading of that level. */
export function walkInDetails(channel: WalkInChannel, settings: Settings, locale: Locale, whatToBringLevel?: number) {
  const { office } = settings;
  const quota = channel.dailyQuota;
  return html`<p><span class="label">${msg('Dove')}:</span> ${comuneText(office.name, locale)}${office.address ? `, ${addressLine(office.address)}` : nothing}</p>
    ${serviceHours(channel.hours, locale)}
    <p>${comuneText(channel.instructions, locale)}</p>
    ${quota ? html`<p>${msg(str`Lo sportello accoglie al massimo ${quota} richieste al giorno.`)}</p>` : nothing}
    ${channel.whatToBring && whatToBringLevel
      ? html`${subheading(whatToBringLevel, msg('Cosa portare'))}
          <ul part="what-to-bring">
            ${channel.whatToBring.map((item) => html`<li>${comuneText(item, locale)}</li>`)}
          </ul>`
      : nothing}`;
}

/**
 * In place of the form, for a comune that takes the request at its counter without
 * appointment and wants nothing filled in beforehand: where, when, how, what to bring.
 */
export function counterView(channel: WalkInChannel, service: RequestService, settings: Settings, locale: Locale, level: number) {
  const comune = comuneText(settings.name, locale);
  return html`<div class="counter" part="counter">
    <p><strong>${msg(str`${comune} riceve questa richiesta allo sportello, senza appuntamento: non c’è nulla da compilare prima.`)}</strong></p>
    ${walkInDetails(channel, settings, locale, level)}
    ${service.module ? html`<p>${msg('Il modulo del Comune:')} ${moduleName(service.module, locale)}</p>` : nothing}
    ${service === settings.requests.reprint ? codesDeliveryLines(settings.requests.reprint.codesDelivery, locale).map((line) => html`<p>${line}</p>`) : nothing}
    ${service.outcome ? html`<p>${msg('Poi:')} ${comuneText(service.outcome, locale)}</p>` : nothing}
  </div>`;
}

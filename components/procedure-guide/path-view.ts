import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { costText } from '../../src/settings/service-facts.js';
import { emailLink, phoneLink } from '../shared/contact-links.js';
import { heading, subheading } from '../shared/heading.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { servicePhones } from '../../src/settings/service-facts.js';
import type { GuideContext, GuidePath } from './paths.js';


/** One path: steps, what to have at hand, time, cost and whom to ask for help. */
export function renderPath(path: GuidePath, ctx: GuideContext, level: number) {
  const cost = costText(ctx.settings.cost, ctx.locale);
  return html`<article class="path" part="path" aria-labelledby="path-heading">
    ${heading(level, path.title, 'path-heading', 'heading', true)}
    ${path.warning ? html`<p class="warning" part="warning">${path.warning}</p>` : nothing}
    ${subheading(level, msg('Cosa fare'))}
    <ol class="steps" part="steps">
      ${path.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${path.fallback
      ? html`${subheading(level, path.fallback.title)}
          <ol class="steps" part="steps">
            ${path.fallback.steps.map((step) => html`<li>${step}</li>`)}
          </ol>`
      : nothing}
    ${subheading(level, msg('Cosa ti serve'))}
    <ul part="needs">
      ${path.needs.map((need) => html`<li>${need}</li>`)}
    </ul>
    <dl class="facts">
      ${path.time ? html`<div><dt>${msg('Quanto tempo')}</dt><dd>${path.time}</dd></div>` : nothing}
      ${cost ? html`<div><dt>${msg('Costo')}</dt><dd>${cost}</dd></div>` : nothing}
    </dl>
    ${path.note ? html`<p class="note">${path.note}</p>` : nothing} ${renderHelp(ctx, level)}
  </article>`;
}

/** Whom to call: the comune's facilitatore and office, then the Ministry's help line. */
export function renderHelp(ctx: GuideContext, level: number) {
  const { facilitator, office } = ctx.settings;
  const officePhone = servicePhones(office)[0];
  return html`<div class="help" part="help">
    ${subheading(level, msg('Serve aiuto?'))}
    <ul>
      ${facilitator?.phone
        ? html`<li>
            ${comuneText(facilitator.name, ctx.locale) ?? msg('Facilitatore digitale')}${facilitator.byAppointment
              ? ` (${msg('su appuntamento')})`
              : ''}:
            ${phoneLink(facilitator.phone, facilitator.phoneDisplay)}
          </li>`
        : nothing}
      ${officePhone || office.email
        ? html`<li>
            ${comuneText(office.name, ctx.locale)}:
            ${officePhone ? phoneLink(officePhone.number, officePhone.display) : nothing}
            ${officePhone && office.email ? ' · ' : ''}${office.email ? emailLink(office.email) : nothing}
          </li>`
        : nothing}
      <li>
        ${msg('Assistenza CIE del Ministero dell’Interno')}:
        ${phoneLink(ctx.national.helpPhone, ctx.national.helpPhoneDisplay)} · ${emailLink(ctx.national.helpEmail)}
      </li>
    </ul>
  </div>`;
}

// The whole service in the Italian "scheda servizio" order, rendered into the page's light
// DOM with the data-element markers AgID's checker (pa-website-validator) reads there.
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { pecRefused, PUK_RECOVERY_HOURS } from '../../src/national.js';
import { channelRole } from '../../src/requests/channels.js';
import { servicePhones, type Settings, type Situation } from '../../src/settings/schema.js';
import { safeHref } from '../../src/links.js';
import { comuneText } from '../../src/settings/comune-text.js';
import { emailLink, phoneLink, topicPhoneItems } from '../shared/contact-links.js';
import { costText, serviceTimeText } from '../../src/settings/service-facts.js';
import { comuneSteps, pathFor, type GuideContext } from './paths.js';

interface Section {
  id: string;
  title: string;
  marker?: string;
  body: unknown;
}

/** The paths "Come fare" lists, in the order a citizen tries them. */
const HOW_TO: Situation[] = ['pin-forgotten', 'both-lost', 'no-contacts', 'update-contacts', 'activate'];

export function renderServiceCard(ctx: GuideContext) {
  const { settings, locale } = ctx;
  const { reprint } = settings.requests;
  const access = channelRole(reprint.channel).access;
  const cost = costText(settings.cost, locale);
  const sections: Section[] = [
    {
      id: 'cie-sc-addressed',
      title: msg('A chi è rivolto'),
      marker: 'service-addressed',
      body: html`<p>
        ${comuneText(settings.serviceCard?.addressedTo, locale) ??
        msg('A chi ha una carta d’identità elettronica (CIE) e ha perso o dimenticato il PIN o il PUK. Per un minore la richiesta la presenta un genitore o il tutore.')}
      </p>`,
    },
    {
      id: 'cie-sc-how-to',
      title: msg('Come fare'),
      marker: 'service-how-to',
      body: HOW_TO.map((situation) => {
        const path = pathFor(ctx, situation);
        return html`<h3 id="cie-path-${situation}">${path.title}</h3>
          <ol>
            ${path.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${path.fallback
            ? html`<p>${path.fallback.title}:</p>
                <ol>
                  ${path.fallback.steps.map((step) => html`<li>${step}</li>`)}
                </ol>`
            : nothing}
          ${path.note ? html`<p>${path.note}</p>` : nothing}`;
      }),
    },
    {
      id: 'cie-sc-needed',
      title: msg('Cosa serve'),
      marker: 'service-needed',
      body: html`<ul>
        <li>${msg('La carta d’identità elettronica, o una copia del fronte e del retro')}</li>
        <li>${msg('Il codice fiscale')}</li>
        <li>${msg('Il numero della carta (in alto a destra sul fronte)')}</li>
        <li>${msg('Per l’app CieID: uno smartphone con NFC e l’email o il cellulare dati quando hai chiesto la carta')}</li>
      </ul>`,
    },
    {
      id: 'cie-sc-achieved',
      title: msg('Cosa si ottiene'),
      marker: 'service-achieved',
      body: html`<p>${msg('I codici PIN e PUK della carta d’identità elettronica, per usarla come identità digitale.')}</p>`,
    },
    {
      id: 'cie-sc-calendar',
      title: msg('Tempi e scadenze'),
      marker: 'service-calendar-text',
      body: html`<ul>
        <li>${msg(str`Con l’app CieID: il PUK arriva dopo ${PUK_RECOVERY_HOURS} ore.`)}</li>
        ${reprint.time ? html`<li>${msg('Con richiesta al Comune:')} ${serviceTimeText(reprint.time, locale)}.</li>` : nothing}
      </ul>`,
    },
    ...(cost ? [{ id: 'cie-sc-cost', title: msg('Costi'), body: html`<p>${cost}</p>` }] : []),
    {
      id: 'cie-sc-access',
      title: msg('Accedi al servizio'),
      marker: `service-${access}-access`,
      body: html`<ol>
        ${comuneSteps(ctx, 'reprint').map((step) => html`<li>${step}</li>`)}
      </ol>`,
    },
    {
      id: 'cie-sc-conditions',
      title: msg('Condizioni di servizio'),
      body: html`<ul>
        <li>${msg('Email e cellulare devono essere personali: non possono essere già usati da altre persone.')}</li>
        ${pecRefused(settings) ? html`<li>${msg('L’email per la seconda parte dei codici non può essere una PEC.')}</li>` : nothing}
        ${settings.eligibility?.residentsOnly ? html`<li>${msg('Questo Comune accetta richieste solo dai residenti.')}</li>` : nothing}
        <li>${msg('Nessun modulo chiede mai il PIN o il PUK: non comunicarli a nessuno.')}</li>
      </ul>
      ${conditionsFile(settings)}`,
    },
    {
      id: 'cie-sc-contacts',
      title: msg('Contatti'),
      body: html`<p><strong data-element="service-area">${comuneText(settings.office.name, locale)}</strong></p>
        <ul>
          ${topicPhoneItems(servicePhones(settings.office), locale)}
          ${settings.office.email ? html`<li>${msg('Email')}: ${emailLink(settings.office.email)}</li>` : nothing}
          ${settings.office.pec ? html`<li>PEC: ${emailLink(settings.office.pec)}</li>` : nothing}
          ${settings.facilitator?.phone
            ? html`<li>
                ${comuneText(settings.facilitator.name, locale) ?? msg('Facilitatore digitale')}:
                ${phoneLink(settings.facilitator.phone, settings.facilitator.phoneDisplay)}
              </li>`
            : nothing}
        </ul>`,
    },
  ];
  return html`<div class="cie-service-card">
    <nav aria-label=${msg('Indice della pagina')}>
      <!-- AgID's checker reads the index as [data-element="page-index"] > li > a: the marker sits on the list. -->
      <ul data-element="page-index">
        ${sections.map((section) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}
      </ul>
    </nav>
    ${sections.map(
      (section) => html`<section id=${section.id} data-element=${section.marker ?? nothing} aria-labelledby="${section.id}-title">
        <h2 id="${section.id}-title">${section.title}</h2>
        ${section.body}
      </section>`,
    )}
  </div>`;
}

/** The document AgID's checker looks for under "Condizioni di servizio": the comune's terms, else its privacy notice; nothing invented. */
function conditionsFile(settings: Settings) {
  const terms = safeHref(settings.serviceCard?.conditionsUrl);
  const privacy = safeHref(settings.privacyNoticeUrl);
  if (terms) return html`<p><a data-element="service-file" href=${terms}>${msg('Condizioni di servizio del Comune')}</a></p>`;
  if (privacy) return html`<p><a data-element="service-file" href=${privacy}>${msg('Informativa sul trattamento dei dati personali')}</a></p>`;
  return nothing;
}

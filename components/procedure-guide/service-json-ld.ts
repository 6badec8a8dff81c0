// The service described for machines (schema.org GovernmentService), with the fields AgID's
// checker requires of a service page (R.SI.1.1): name, serviceType, serviceOperator.name,
// areaServed.name, audience.audienceType, availableChannel.serviceUrl and, where the
// settings hold the office's address, availableChannel.serviceLocation. Nothing invented.
import { msg } from '@lit/localize';
import { html, unsafeStatic } from 'lit/static-html.js';
import { comuneText } from '../../src/settings/comune-text.js';
import type { GuideContext } from './paths.js';

/** The service's name: the card's title and its structured data's `name`. */
export const serviceName = () => msg('Recupero PIN e PUK della carta d’identità elettronica');

export function serviceJsonLd(ctx: GuideContext) {
  const { settings, locale } = ctx;
  const { office } = settings;
  const comune = comuneText(settings.name, locale);
  const officeName = comuneText(office.name, locale);
  const page = new URL(location.href);
  page.hash = '';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: serviceName(),
    serviceType: msg('Anagrafe e stato civile'),
    serviceOperator: { '@type': 'GovernmentOrganization', name: comune },
    areaServed: { '@type': 'AdministrativeArea', name: office.address?.city ?? comune.replace(/^Comune di /i, '') },
    audience: { '@type': 'Audience', audienceType: msg('Cittadini con la carta d’identità elettronica') },
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: page.href,
      ...(office.address
        ? {
            serviceLocation: {
              '@type': 'Place',
              name: officeName,
              address: {
                '@type': 'PostalAddress',
                streetAddress: office.address.street,
                postalCode: office.address.postalCode,
                addressLocality: office.address.city,
              },
            },
          }
        : {}),
    },
  };
  // A script's text cannot be bound in a Lit template, and setting it from code is a
  // Trusted Types sink: it is written into the template itself, which Lit's own policy
  // covers. Every "<" is escaped, so no settings text can close the element or start
  // markup: what the comune wrote stays JSON string data.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html`<script type="application/ld+json" data-element="metatag">${unsafeStatic(json)}</script>`;
}

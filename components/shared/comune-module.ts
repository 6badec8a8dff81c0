// A comune's module as its site names it: «title», linked where the settings give its
// address, with where it sits on the site otherwise. Never a link the comune did not give.
import { html, nothing } from 'lit';
import { safeHref } from '../../src/links.js';
import { comuneText } from '../../src/settings/comune-text.js';
import type { ComuneModule } from '../../src/settings/schema.js';
import type { Locale } from '../../src/settings/value-types.js';

/** «Richiesta ristampa pin/puk», a link when it has an address, then where it is (as the comune says it). */
export function moduleName(module: ComuneModule, locale: Locale) {
  const title = `«${comuneText(module.title, locale)}»`;
  const href = safeHref(module.url);
  const where = comuneText(module.where, locale);
  return html`${href ? html`<a href=${href}>${title}</a>` : title}${where ? ` (${where})` : nothing}`;
}

// The national rule that the email for the codes is not a PEC, as the check of an answer
// applies it: the providers' domains are data only a check reads, so they come with the
// form's code for checking (src/forms/person-checks.ts), not with every page; whether the
// rule applies at all is in ./national.ts (`pecRefused`), which the pages' words need.
import type { Settings } from './settings/schema.js';

/**
 * Mailbox domains of providers on AgID's public list of PEC providers (Elenco pubblico dei
 * gestori di posta elettronica certificata,
 * https://www.agid.gov.it/it/piattaforme/posta-elettronica-certificata). The list names
 * providers, not every domain they use: these are the domains citizens' PEC addresses
 * are commonly under, written without access to AgID's site — check them against the
 * current list when it changes. A PEC cannot
 * receive the Ministry's email with the second half of the codes, so these are refused
 * for every comune; a comune may add domains (`contactRules.pecDomains`). Addresses under
 * a domain with a `pec` label (anagrafe@pec.comune.trento.it) are refused too.
 */
export const PEC_PROVIDER_DOMAINS = [
  'actaliscertymail.it',
  'arubapec.it',
  'casellapec.com',
  'gigapec.it',
  'ingpec.eu',
  'legalmail.it',
  'mypec.eu',
  'pec.it',
  'pecimprese.it',
  'postecert.it',
  'registerpec.it',
  'sicurezzapostale.it',
] as const;

/** The PEC domains refused as the email for the codes: the national list and the comune's own; none only if a comune turned the rule off. */
export function refusedPecDomains(settings: Settings): readonly string[] | undefined {
  const rules = settings.contactRules;
  return rules?.pecNotAllowed === false ? undefined : [...PEC_PROVIDER_DOMAINS, ...(rules?.pecDomains ?? [])];
}


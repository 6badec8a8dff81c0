// The national procedure's facts (Ministry of the Interior), shown unless a comune's
// settings override them. Sources: cartaidentita.interno.gov.it and shared/DOMAIN.md.
import type { Settings } from './settings/schema.js';

type National = NonNullable<Settings['national']>;
type AppLinks = 'cieIdAndroidUrl' | 'cieIdIosUrl';
export type NationalFacts = Required<Omit<National, AppLinks>> & Pick<National, AppLinks>;

export const NATIONAL_DEFAULTS: Omit<NationalFacts, AppLinks> = {
  cieSiteUrl: 'https://www.cartaidentita.interno.gov.it/',
  recoverPukUrl: 'https://www.cartaidentita.interno.gov.it/info-utili/recupero-puk/',
  contactsPortalUrl: 'https://www.cartaidentita.interno.gov.it/assistenza/',
  helpPhone: '+390642985699',
  helpPhoneDisplay: '06 4298 5699',
  helpEmail: 'cie.cittadini@interno.it',
};

/** Wrong PIN tries before the PIN blocks, and wrong PUK tries before the card's digital functions block. */
export const PIN_TRIES = 3;
export const PUK_TRIES = 10;
/** Hours between a "Recupero PUK" request in CieID and the message that completes it. */
export const PUK_RECOVERY_HOURS = 48;

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

/** Whether the citizen is told their email must not be a PEC (true unless a comune turned the rule off). */
export const pecRefused = (settings: Settings) => settings.contactRules?.pecNotAllowed !== false;

export function nationalFacts(settings: Settings): NationalFacts {
  return { ...NATIONAL_DEFAULTS, ...settings.national };
}

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

/** Whether the citizen is told their email must not be a PEC (true unless a comune turned the rule off). */
export const pecRefused = (settings: Settings) => settings.contactRules?.pecNotAllowed !== false;

export function nationalFacts(settings: Settings): NationalFacts {
  return { ...NATIONAL_DEFAULTS, ...settings.national };
}

// The national facts the widgets state without a comune's settings, each with the page
// that says it and the month it was last read to check it. A fact with no such page is
// not stated: "the PUK blocks after 10 wrong tries" is said by some comuni and by no
// Ministry page, so it is not here. The links and the help line can be overridden in a
// comune's settings (`national`); the numbers cannot, they are the procedure's.
import type { Settings } from './settings/schema.js';

/** A page that states a national fact, and when it was last read to check it (`YYYY-MM`). */
export interface FactSource {
  page: string;
  verified: string;
}

/** A national fact: its page, and the words (regular expressions, any language) by which a sentence states it (`npm run claims`). */
export interface NationalFact extends FactSource {
  says: string[];
}

const MINISTRY = 'https://www.cartaidentita.interno.gov.it';
const PIN_PUK_URL = `${MINISTRY}/info-utili/codici-di-sicurezza-pin-e-puk/`;
const ASSISTANCE_URL = `${MINISTRY}/assistenza/`;
/** The Ministry's page on the PIN and PUK: two halves, 3 PIN tries, the PUK unblocks. */
const PIN_PUK_PAGE: FactSource = { page: PIN_PUK_URL, verified: '2026-12' };
/** The Ministry's assistance page: contacts, reprints at any comune, credentials levels, help line. */
const ASSISTANCE_PAGE: FactSource = { page: ASSISTANCE_URL, verified: '2026-12' };

/**
 * Every national fact a citizen may read, and where it is said. Sentences that state one
 * name it in a comment (`// national: pinTries`), so a reviewer finds the source from the text.
 */
export const NATIONAL_SOURCES = {
  /** The PIN blocks after 3 wrong tries; the PUK unblocks it and sets a new PIN ("Sblocca carta" in CieID, or the CIE software). */
  pinTries: { ...PIN_PUK_PAGE, says: ['Sblocca carta', '\\b3\\b.*(volte|tentativi|times|attempts|Mal|Fehlversuch)', 'Software CIE|CIE software|CIE-Software'] },
  /** PIN and PUK are 8 digits each, in two halves: the first on the request's receipt, the second with the card. */
  codeHalves: { ...PIN_PUK_PAGE, says: ['8 cifre|8 digits|8 Ziffern|8-stellig', 'metà|half|Hälfte', 'ricevuta della richiesta|receipt of|Bestätigung des'] },
  /** "Recupero PUK" in CieID: NFC phone, the card's number, the contacts given at the request; 48 hours later a message completes it. */
  pukRecovery: { ...PIN_PUK_PAGE, says: ['Recupero PUK', '\\b48\\b', 'NFC', 'CieID'] },
  /** Without contacts given, or without the app: a reprint at the comune (any comune). */
  reprintAtComune: { ...ASSISTANCE_PAGE, says: ['ristampa|reprint|Neudruck'] },
  /** Contacts added or changed alone, at once, in the portal's assistance area. */
  contactsPortal: { ...ASSISTANCE_PAGE, says: ['portale CIE|CIE portal|CIE-Portal', 'area assistenza|assistance area|Hilfebereich'] },
  /** Credentials levels 1–2 without reading the card (codice fiscale, card number, first half of the PUK, a mobile given at the request); level 3 with card, PIN and NFC phone or reader. */
  credentialLevels: { ...ASSISTANCE_PAGE, says: ['[Ll]ivell|[Ll]evel|Stufe', 'credenziali|credentials|Zugangsdaten', 'OTP'] },
  /** The help line and its email (the old 800 number is for the 2008-era card). */
  helpLine: { ...ASSISTANCE_PAGE, says: ['06 4298 5699', 'cie\\.cittadini@interno\\.it'] },
} as const satisfies Record<string, NationalFact>;

type National = NonNullable<Settings['national']>;
type AppLinks = 'cieIdAndroidUrl' | 'cieIdIosUrl';
export type NationalFacts = Required<Omit<National, AppLinks>> & Pick<National, AppLinks>;

export const NATIONAL_DEFAULTS: Omit<NationalFacts, AppLinks> = {
  cieSiteUrl: `${MINISTRY}/`,
  // The Ministry's page on the codes, which explains "Recupero PUK" (a comune whose page links another sets it in `national`).
  recoverPukUrl: PIN_PUK_URL,
  contactsPortalUrl: ASSISTANCE_URL,
  helpPhone: '+390642985699',
  helpPhoneDisplay: '06 4298 5699',
  helpEmail: 'cie.cittadini@interno.it',
};

/** Wrong PIN tries before the PIN blocks (NATIONAL_SOURCES.pinTries). */
export const PIN_TRIES = 3;
/** Hours between a "Recupero PUK" request in CieID and the message that completes it (NATIONAL_SOURCES.pukRecovery). */
export const PUK_RECOVERY_HOURS = 48;

/** Whether the citizen is told their email must not be a PEC (true unless a comune turned the rule off). */
export const pecRefused = (settings: Settings) => settings.contactRules?.pecNotAllowed !== false;

export function nationalFacts(settings: Settings): NationalFacts {
  return { ...NATIONAL_DEFAULTS, ...settings.national };
}

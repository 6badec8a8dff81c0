// Comuni that are not in the presets, as a third comune's editor would describe them:
// invented names and addresses, the patterns real comuni's pages show (shared/DOMAIN.md,
// "How comuni differ"). Tests render every element with them and check that nothing is
// said the settings do not say.
import type { SettingsInput } from '../../src/settings/schema.js';

const office = (name: string, domain: string) => ({
  name,
  phones: [{ topic: 'Anagrafe', number: '+390700000001', display: '07 0000001', forThisService: true }],
  email: `anagrafe@${domain}`,
});

/**
 * The counter only, no appointment: a ticket at the information desk, a half-hour window two
 * days a week, ten a day, an identity document, a delegate with a signed module, the first
 * half of the codes at once. The demo shows it too (`npm start`, sportello.html): one file.
 */
export const counterOnly = async (): Promise<SettingsInput & { name: string; id: string; requests: object }> =>
  (await fetch('/demo/settings/sportello.json')).json();

/** By email with the comune's own PDF module and a copy of the card. */
export const EMAIL_WITH_MODULE = {
  schemaVersion: 1,
  id: 'valle-modulo',
  name: 'Comune di Valle Modulo',
  office: office('Ufficio anagrafe', 'comune.vallemodulo.example'),
  requests: {
    reprint: {
      channel: { type: 'email', to: 'anagrafe@comune.vallemodulo.example' },
      module: { title: 'Richiesta ristampa PIN e PUK', url: 'https://www.comune.vallemodulo.example/moduli/ristampa-pin-puk.pdf' },
      time: { amount: 10, unit: 'working-days' },
      ifNothingArrives: 'Scrivi all’ufficio anagrafe indicando il numero della carta.',
    },
  },
} satisfies SettingsInput;

/** Online, to the comune's endpoint, asking only the holder and the contacts: no copy of the card. */
export const ONLINE = {
  schemaVersion: 1,
  id: 'monte-online',
  name: 'Comune di Monte Online',
  office: office('Sportello del cittadino', 'comune.monteonline.example'),
  requests: {
    reprint: {
      channel: { type: 'endpoint', url: 'https://servizi.comune.monteonline.example/api/cie' },
      asks: { mobile: true },
      cardCopyRequired: false,
      time: { amount: 3, unit: 'working-days' },
    },
  },
} satisfies SettingsInput;

/** Reprints the PUK only (a new PIN is then set with it), by email. */
export const PUK_ONLY = {
  schemaVersion: 1,
  id: 'solo-puk',
  name: 'Comune di Solopuk',
  office: office('Servizi demografici', 'comune.solopuk.example'),
  requests: {
    reprint: { channel: { type: 'email', to: 'anagrafe@comune.solopuk.example' }, codes: 'puk', time: { amount: 5, unit: 'working-days' } },
  },
} satisfies SettingsInput;

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

/** The counter only, no appointment: a ticket at the information desk, a half-hour window two days a week, ten a day, an identity document. */
export const COUNTER_ONLY = {
  schemaVersion: 1,
  id: 'borgo-sportello',
  name: 'Comune di Borgo Sportello',
  office: { ...office('Servizi demografici', 'comune.borgosportello.example'), address: { street: 'Piazza Grande 3', city: 'Borgo Sportello' } },
  requests: {
    reprint: {
      channel: {
        type: 'walk-in',
        instructions: {
          it: 'Ritira il numero all’ufficio informazioni e attendi la chiamata.',
          en: 'Take a number at the information desk and wait to be called.',
          de: 'Ziehen Sie am Informationsschalter eine Nummer und warten Sie auf den Aufruf.',
        },
        hours: [{ days: ['tue', 'thu'], opens: '08:30', closes: '09:00' }],
        dailyQuota: 10,
        whatToBring: [{ it: 'Un documento d’identità valido', en: 'A valid identity document', de: 'Ein gültiges Ausweisdokument' }],
      },
      time: { amount: 0, unit: 'days' },
      outcome: {
        it: 'Ricevi subito la prima metà dei codici; la seconda arriva per email.',
        en: 'You get the first half of the codes at once; the second comes by email.',
        de: 'Sie erhalten die erste Hälfte der Codes sofort; die zweite kommt per E-Mail.',
      },
    },
    contactUpdate: {
      channel: {
        type: 'walk-in',
        instructions: 'Ritira il numero all’ufficio informazioni e attendi la chiamata.',
        hours: [{ days: ['tue', 'thu'], opens: '08:30', closes: '09:00' }],
        whatToBring: ['Un documento d’identità valido'],
      },
    },
  },
  eligibility: {
    delegatesAccepted: true,
    delegation: {
      documents: ['La delega firmata dal titolare', 'Una copia del documento d’identità del titolare'],
      module: { title: 'Delega per la ristampa dei codici PIN e PUK', url: 'https://www.comune.borgosportello.example/moduli/delega-pin-puk.pdf' },
    },
  },
  cost: { amountEur: 0 },
} satisfies SettingsInput;

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

/** Online, to the comune's endpoint. */
export const ONLINE = {
  schemaVersion: 1,
  id: 'monte-online',
  name: 'Comune di Monte Online',
  office: office('Sportello del cittadino', 'comune.monteonline.example'),
  requests: {
    reprint: { channel: { type: 'endpoint', url: 'https://servizi.comune.monteonline.example/api/cie' }, time: { amount: 3, unit: 'working-days' } },
  },
} satisfies SettingsInput;

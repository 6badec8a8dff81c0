// Comune di Trento, from its service page (shared/seeds/000_*): requests by email with its
// module and a copy of the CIE, 5 working days for the codes, free, a parent or guardian
// applies for a minor, phones by topic (only the identity card's line
// answers about this service). The page gives no address or
// opening hours, so none are set here; a comune completes them in its own settings. Its
// service card texts are in ./trento.service-card.ts.
import type { SettingsInput } from '../settings/schema.js';

const email = 'ufficio.anagrafe@comune.trento.it';
// One module for both requests ("richiesta di duplicato dei codici e/o … inserimento/aggiornamento
// dei propri contatti, compilando il modulo “richiesta ristampa pin/puk” sotto riportato"): the
// page shows it below its text; the seed gives no address, so no link is made up.
const module = {
  title: 'richiesta ristampa pin/puk',
  where: {
    it: 'in fondo alla pagina «Recupero credenziali PIN e PUK della carta d’identità elettronica» del sito del Comune',
    en: 'at the bottom of the page “Recupero credenziali PIN e PUK della carta d’identità elettronica” on the comune’s website',
    de: 'unten auf der Seite „Recupero credenziali PIN e PUK della carta d’identità elettronica“ der Website der Gemeinde',
  },
};

export default {
  schemaVersion: 1,
  id: 'trento',
  name: 'Comune di Trento',
  website: 'https://www.comune.trento.it',
  office: {
    name: {
      it: 'Anagrafe – Circoscrizioni e servizi demografici',
      en: 'Registry office – Districts and demographic services',
      de: 'Meldeamt – Stadtviertel und demografische Dienste',
    },
    phones: [
      {
        topic: { it: "Carta d'identità e scelta del medico", en: 'Identity card and choice of doctor', de: 'Personalausweis und Arztwahl' },
        number: '+390461884291',
        display: '(+39) 0461 884291',
        forThisService: true,
      },
      {
        topic: { it: 'Cambio residenza', en: 'Change of residence', de: 'Wohnsitzwechsel' },
        number: '+390461884067',
        display: '(+39) 0461 884067',
      },
      {
        topic: { it: 'Certificati e SPID', en: 'Certificates and SPID', de: 'Bescheinigungen und SPID' },
        number: '+390461884329',
        display: '(+39) 0461 884329',
      },
    ],
    email,
    pec: 'anagrafe@pec.comune.trento.it',
    patronDay: '06-26',
  },
  requests: {
    reprint: {
      channel: { type: 'email', to: email },
      module,
      time: { amount: 5, unit: 'working-days' },
      outcome: {
        it: 'Ricevi la prima parte dei codici e, entro 5 giorni lavorativi, la seconda parte al tuo indirizzo email.',
        en: 'You receive the first part of the codes and, within 5 working days, the second part at your email address.',
        de: 'Sie erhalten den ersten Teil der Codes und innerhalb von 5 Arbeitstagen den zweiten Teil an Ihre E-Mail-Adresse.',
      },
    },
    // The page gives a time for the codes only: none is said for a contact update.
    contactUpdate: { channel: { type: 'email', to: email }, module },
  },
  eligibility: { minorsByParentOrGuardian: true },
  cost: { amountEur: 0 },
} satisfies SettingsInput;

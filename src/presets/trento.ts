// Comune di Trento, from its service page (shared/seeds/000_*): requests by email with a
// copy of the CIE, 5 working days, free, phones by topic (only the identity card's line
// answers about this service). The page gives no address or
// opening hours, so none are set here; a comune completes them in its own settings.
import type { SettingsInput } from '../settings/schema.js';

const email = 'ufficio.anagrafe@comune.trento.it';

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
      time: { amount: 5, unit: 'working-days' },
      outcome: {
        it: 'Ricevi la prima parte dei codici e, entro 5 giorni lavorativi, la seconda parte al tuo indirizzo email.',
        en: 'You receive the first part of the codes and, within 5 working days, the second part at your email address.',
        de: 'Sie erhalten den ersten Teil der Codes und innerhalb von 5 Arbeitstagen den zweiten Teil an Ihre E-Mail-Adresse.',
      },
    },
    contactUpdate: { channel: { type: 'email', to: email }, time: { amount: 5, unit: 'working-days' } },
  },
  cost: { amountEur: 0 },
  serviceCard: {
    // "Descrizione" as the comune's page words it (seed 000), shortened.
    description: {
      it: 'La carta d’identità elettronica (CIE), oltre che un documento di identità, è uno strumento di accesso ai servizi online delle pubbliche amministrazioni, dopo averla registrata e attivata sull’app CieID. Insieme alla carta si ricevono due codici, in due parti: il PIN, che serve per accedere ai servizi digitali, e il PUK, che sblocca il PIN dopo tre tentativi errati. La prima parte è sulla ricevuta della richiesta della carta, la seconda arriva con la carta.',
      en: 'Besides being an identity document, the electronic identity card (CIE) gives access to public administrations’ online services, once registered and activated in the CieID app. With the card come two codes, in two parts: the PIN, needed to use digital services, and the PUK, which unblocks the PIN after three wrong attempts. The first part is on the receipt of the card application, the second comes with the card.',
      de: 'Der elektronische Personalausweis (CIE) ist nicht nur ein Ausweisdokument, sondern nach Registrierung und Aktivierung in der App CieID auch der Zugang zu den Online-Diensten der öffentlichen Verwaltung. Mit dem Ausweis erhalten Sie zwei Codes in zwei Teilen: die PIN für die digitalen Dienste und die PUK, die die PIN nach drei Fehleingaben entsperrt. Der erste Teil steht auf der Bestätigung des Ausweisantrags, der zweite kommt mit dem Ausweis.',
    },
  },
} satisfies SettingsInput;

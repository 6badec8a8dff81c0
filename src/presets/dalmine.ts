// Comune di Dalmine, from its service page (shared/seeds/001_*): no online request, the
// citizen books an appointment at the identity-card counter with the module filled in;
// a facilitatore digitale helps by phone appointment; within 30 days; free. The page links
// its booking system without printing the address: the comune's site stands in for it.
import type { SettingsInput } from '../settings/schema.js';

export default {
  schemaVersion: 1,
  id: 'dalmine',
  name: 'Comune di Dalmine',
  website: 'https://www.comune.dalmine.bg.it',
  office: {
    name: { it: "Sportello Carte d'Identità", en: 'Identity card counter', de: 'Schalter für Personalausweise' },
  },
  facilitator: {
    name: { it: 'Facilitatore digitale', en: 'Digital facilitator', de: 'Digitaler Begleiter' },
    phone: '+390353693799',
    phoneDisplay: '035 369 3799',
    byAppointment: true,
  },
  booking: {
    url: 'https://www.comune.dalmine.bg.it',
    office: { it: "Sportello Carte d'Identità", en: 'Identity card counter', de: 'Schalter für Personalausweise' },
    whatToBring: [
      { it: "La carta d'identità elettronica", en: 'Your electronic identity card', de: 'Ihren elektronischen Personalausweis' },
      { it: 'Il codice fiscale', en: 'Your tax code (codice fiscale)', de: 'Ihre Steuernummer (codice fiscale)' },
      {
        it: 'Il modulo «richiesta ristampa codici PIN e PUK» o «richiesta inserimento contatti», compilato',
        en: 'The completed form “richiesta ristampa codici PIN e PUK” or “richiesta inserimento contatti”',
        de: 'Das ausgefüllte Formular „richiesta ristampa codici PIN e PUK“ oder „richiesta inserimento contatti“',
      },
    ],
  },
  requests: {
    reprint: { channel: { type: 'appointment' }, time: { amount: 30, unit: 'days' } },
    contactUpdate: { channel: { type: 'appointment' }, time: { amount: 30, unit: 'days' } },
  },
  cost: { amountEur: 0 },
} satisfies SettingsInput;

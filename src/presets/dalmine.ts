// Comune di Dalmine, from its service page (shared/seeds/001_*): no online request, the
// citizen books an appointment at the identity-card counter with the module filled in;
// a facilitatore digitale helps by phone appointment; within 30 days; free; two emails
// confirm a contact update. The page links its booking system without printing its
// address, so the settings say where to book instead of linking a page that is not it.
import type { SettingsInput } from '../settings/schema.js';

export default {
  schemaVersion: 1,
  id: 'dalmine',
  name: 'Comune di Dalmine',
  website: 'https://www.comune.dalmine.bg.it',
  office: {
    name: { it: 'Sportello Carte d’Identità', en: 'Identity card counter', de: 'Schalter für Personalausweise' },
  },
  facilitator: {
    name: { it: 'Facilitatore digitale', en: 'Digital facilitator', de: 'Digitaler Begleiter' },
    phone: '+390353693799',
    phoneDisplay: '035 369 3799',
    byAppointment: true,
  },
  booking: {
    // The page links its booking system without printing its address: say where to book, never link the home page as if it were it.
    instructions: {
      it: 'Prenota l’appuntamento con lo Sportello Carte d’Identità sul sito del Comune, www.comune.dalmine.bg.it.',
      en: 'Book the appointment with the Identity card counter on the comune’s website, www.comune.dalmine.bg.it.',
      de: 'Buchen Sie den Termin beim Schalter für Personalausweise auf der Website der Gemeinde, www.comune.dalmine.bg.it.',
    },
    office: { it: 'Sportello Carte d’Identità', en: 'Identity card counter', de: 'Schalter für Personalausweise' },
    whatToBring: [
      {
        it: 'Il modulo «richiesta ristampa codici PIN e PUK» o «richiesta inserimento contatti», compilato',
        en: 'The completed form “richiesta ristampa codici PIN e PUK” or “richiesta inserimento contatti”',
        de: 'Das ausgefüllte Formular „richiesta ristampa codici PIN e PUK“ oder „richiesta inserimento contatti“',
      },
    ],
  },
  requests: {
    reprint: { channel: { type: 'appointment' }, time: { amount: 30, unit: 'days' } },
    contactUpdate: {
      channel: { type: 'appointment' },
      time: { amount: 30, unit: 'days' },
      outcome: {
        it: 'A procedura ultimata ricevi due email, una dal Ministero dell’Interno e una dal Comune, che confermano l’inserimento dei contatti nel portale della CIE.',
        en: 'When it is done you receive two emails, one from the Ministry of the Interior and one from the comune, confirming that your contacts are in the CIE portal.',
        de: 'Danach erhalten Sie zwei E-Mails, eine vom Innenministerium und eine von der Gemeinde, die bestätigen, dass Ihre Kontakte im CIE-Portal eingetragen sind.',
      },
    },
  },
  cost: { amountEur: 0 },
} satisfies SettingsInput;

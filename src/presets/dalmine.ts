// Comune di Dalmine, from its service page (shared/seeds/001_*): no online request, the
// citizen books an appointment at the identity-card counter with the module filled in;
// a facilitatore digitale helps by phone appointment; within 30 days; free; two emails
// confirm a contact update; contacts must be personal; a module for each request. The page links its booking system without printing its
// address, so the settings say where to book instead of linking a page that is not it.
import type { SettingsInput } from '../settings/schema.js';

// Each request has its module, named by the page with where it is (no address given).
const modulesWhere = {
  it: 'sul sito del Comune, nella sezione modulistica anagrafe',
  en: 'on the comune’s website, in the registry office’s forms section (modulistica anagrafe)',
  de: 'auf der Website der Gemeinde, im Formularbereich des Meldeamts (modulistica anagrafe)',
};

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
  },
  requests: {
    reprint: {
      channel: { type: 'appointment' },
      module: { title: 'Demografici _ carta identità elettronica - richiesta ristampa codici Pin e Puk', where: modulesWhere },
      time: { amount: 30, unit: 'days' },
    },
    contactUpdate: {
      channel: { type: 'appointment' },
      module: { title: 'richiesta inserimento contatti', where: modulesWhere },
      time: { amount: 30, unit: 'days' },
      outcome: {
        it: 'A procedura ultimata ricevi due email, una dal Ministero dell’Interno e una dal Comune, che confermano l’inserimento dei contatti nel portale della CIE.',
        en: 'When it is done you receive two emails, one from the Ministry of the Interior and one from the comune, confirming that your contacts are in the CIE portal.',
        de: 'Danach erhalten Sie zwei E-Mails, eine vom Innenministerium und eine von der Gemeinde, die bestätigen, dass Ihre Kontakte im CIE-Portal eingetragen sind.',
      },
    },
  },
  // "essere in possesso di email e cellulare personali (non devono far riferimento ad altre persone)"
  contactRules: { personalOnly: true },
  cost: { amountEur: 0 },
} satisfies SettingsInput;

// Trento's service card texts (its preset is ./trento.ts): only the service card shows them
// (mode="service-card"), so a page with a form or the contacts card does not download them.
import type { ServiceCardTexts } from './index.js';

export default {
  // "Descrizione" as the comune's page words it (seed 000), shortened.
  description: {
    it: 'La carta d’identità elettronica (CIE), oltre che un documento di identità, è uno strumento di accesso ai servizi online delle pubbliche amministrazioni, dopo averla registrata e attivata sull’app CieID. Insieme alla carta si ricevono due codici, in due parti: il PIN, che serve per accedere ai servizi digitali, e il PUK, che sblocca il PIN dopo tre tentativi errati. La prima parte è sulla ricevuta della richiesta della carta, la seconda arriva con la carta.',
    en: 'Besides being an identity document, the electronic identity card (CIE) gives access to public administrations’ online services, once registered and activated in the CieID app. With the card come two codes, in two parts: the PIN, needed to use digital services, and the PUK, which unblocks the PIN after three wrong attempts. The first part is on the receipt of the card application, the second comes with the card.',
    de: 'Der elektronische Personalausweis (CIE) ist nicht nur ein Ausweisdokument, sondern nach Registrierung und Aktivierung in der App CieID auch der Zugang zu den Online-Diensten der öffentlichen Verwaltung. Mit dem Ausweis erhalten Sie zwei Codes in zwei Teilen: die PIN für die digitalen Dienste und die PUK, die die PIN nach drei Fehleingaben entsperrt. Der erste Teil steht auf der Bestätigung des Ausweisantrags, der zweite kommt mit dem Ausweis.',
  },
} satisfies ServiceCardTexts;

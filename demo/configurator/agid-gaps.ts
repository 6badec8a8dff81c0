// What AgID's checker (italia/pa-website-validator-ng) will not find on the service card these
// settings give (mode="service-card"), said to the editor before publishing, not after a low
// score. Only what settings can fix; the page's own parts (breadcrumb, menus) are the CMS's.
import { valueAt } from './draft.js';

/** Each gap, as the editor reads it, with the field that fills it. */
export function agidGaps(settings: unknown): string[] {
  const has = (...path: string[]) => valueAt(settings, path) !== undefined;
  const gaps: string[] = [];
  if (!has('serviceCard', 'conditionsUrl') && !has('privacyNoticeUrl')) {
    gaps.push('«Condizioni di servizio» senza documento: il controllo cerca un link (service-file). Aggiungi serviceCard.conditionsUrl o privacyNoticeUrl.');
  }
  if (!has('office', 'address')) {
    gaps.push('Nessun indirizzo dell’ufficio: i dati strutturati del servizio (JSON-LD) non diranno dove si svolge. Aggiungi office.address.');
  }
  if (!has('booking', 'url')) {
    gaps.push('Nessuna pagina di prenotazione online: la scheda non avrà il link di prenotazione che il controllo cerca (appointment-booking). Se il comune ne ha una, aggiungi booking.url.');
  }
  if (!has('rating', 'url')) {
    gaps.push('Nessun indirizzo per le valutazioni: la scheda non chiederà «Quanto sono chiare le informazioni su questa pagina?» (C.SI.2.6), né i moduli «Quanto è stato facile usare questo servizio?». Se il tema del sito non ha la sua valutazione, aggiungi rating.url.');
  }
  if (!has('serviceCard', 'topics')) {
    gaps.push('Nessun argomento: con l’attributo header la scheda non mostrerà gli «Argomenti» (service-topic). Se il tema del sito non li stampa, aggiungi serviceCard.topics.');
  }
  return gaps;
}

// The configurator's words for each settings field, in Italian (the editors' language).
// The settings' own names stay visible beside them: they are what the JSON, the settings
// reference and the elements' messages ("Valore non valido: booking.url") call a field.
import { pathName, type Path } from './draft.js';

const BY_KEY: Record<string, string> = {
  id: 'Identificativo breve',
  name: 'Nome',
  website: 'Sito web',
  office: 'Ufficio',
  description: 'Descrizione',
  address: 'Indirizzo',
  street: 'Via e numero civico',
  postalCode: 'CAP',
  city: 'Città',
  province: 'Sigla della provincia',
  mapUrl: 'Link alla mappa',
  phones: 'Telefoni',
  topic: 'Argomento',
  number: 'Numero (formato internazionale)',
  display: 'Numero come lo stampa il comune',
  forThisService: 'Risponde sulla carta d’identità',
  email: 'Email',
  pec: 'PEC',
  openingHours: 'Orari di apertura',
  days: 'Giorni',
  opens: 'Apre alle',
  closes: 'Chiude alle',
  closedDates: 'Altri giorni di chiusura (uno per riga, AAAA-MM-GG)',
  patronDay: 'Santo patrono (MM-GG)',
  hoursNote: 'Nota sugli orari',
  facilitator: 'Facilitatore digitale',
  phone: 'Telefono (formato internazionale)',
  phoneDisplay: 'Telefono come lo stampa il comune',
  url: 'Indirizzo web',
  byAppointment: 'Solo su appuntamento',
  note: 'Nota',
  booking: 'Prenotazione dell’appuntamento',
  instructions: 'Istruzioni',
  whatToBring: 'Cosa portare',
  requests: 'Come arrivano le richieste al comune',
  reprint: 'Ristampa di PIN e PUK',
  contactUpdate: 'Aggiornamento di email e cellulare',
  channel: 'Canale',
  type: 'Come arriva la richiesta',
  headers: 'Intestazioni HTTP aggiuntive',
  timeoutSeconds: 'Attesa massima per tentativo (secondi)',
  to: 'Indirizzo email dell’ufficio',
  moduleUrl: 'Modulo stampabile del comune',
  onlineFormUrl: 'Pagina del modulo online (se è su un’altra pagina)',
  summaryAccepted: 'Il comune accetta il riepilogo stampato al posto del suo modulo',
  outcome: 'Cosa riceve il cittadino e come',
  time: 'Tempi',
  amount: 'Quantità',
  unit: 'Unità',
  cardCopyRequired: 'Online serve la copia della carta',
  cost: 'Costo',
  amountEur: 'Importo in euro',
  eligibility: 'Chi può chiedere',
  residentsOnly: 'Solo residenti',
  delegatesAccepted: 'Si accettano delegati',
  attachments: 'Allegati',
  maxFileSizeMb: 'Dimensione massima di un file (MB)',
  contactRules: 'Regole sui contatti',
  pecNotAllowed: 'Rifiuta gli indirizzi PEC',
  pecDomains: 'Altri domini PEC da rifiutare (uno per riga)',
  privacyNoticeUrl: 'Informativa privacy del comune',
  privacy: 'Privacy',
  dpoEmail: 'Email del responsabile della protezione dei dati (RPD)',
  retention: 'Per quanto tempo il comune conserva le richieste',
  national: 'Link e assistenza nazionali (predefiniti quelli del Ministero)',
  recoverPukUrl: 'Pagina del Ministero sul recupero del PUK',
  contactsPortalUrl: 'Portale del Ministero per i contatti',
  cieSiteUrl: 'Sito CIE del Ministero',
  cieIdAndroidUrl: 'App CieID per Android',
  cieIdIosUrl: 'App CieID per iOS',
  helpPhone: 'Numero di assistenza CIE (formato internazionale)',
  helpPhoneDisplay: 'Numero di assistenza come stampato',
  helpEmail: 'Email di assistenza CIE',
  guideSteps: 'Passi della guida scritti dal comune',
  serviceCard: 'Scheda servizio',
  addressedTo: 'A chi è rivolto',
  relatedProcedures: 'Procedure collegate all’esito',
  constraints: 'Vincoli',
  documents: 'Documenti',
  title: 'Titolo',
  conditionsUrl: 'Condizioni di servizio',
};

/** Where the same name means something else in its place. */
const BY_PATH: Record<string, string> = {
  name: 'Nome del comune',
  website: 'Sito del comune',
  'office.name': 'Nome dell’ufficio',
  'office.website': 'Pagina dell’ufficio',
  'booking.url': 'Pagina di prenotazione online',
  'booking.office': 'Sportello dell’appuntamento',
  'facilitator.name': 'Come lo chiama il comune',
  'facilitator.url': 'Pagina del servizio',
};

/** One item of a list, as the form numbers it ("Telefono 2"). */
const ITEM_BY_LIST: Record<string, string> = {
  phones: 'Telefono',
  openingHours: 'Fascia oraria',
  whatToBring: 'Cosa portare',
  documents: 'Documento',
};

export const VALUE_LABELS: Record<string, string> = {
  mon: 'lunedì',
  tue: 'martedì',
  wed: 'mercoledì',
  thu: 'giovedì',
  fri: 'venerdì',
  sat: 'sabato',
  sun: 'domenica',
  endpoint: 'Inviata al server del comune (endpoint)',
  email: 'Email preparata per l’ufficio',
  appointment: 'Riepilogo da portare all’appuntamento',
  'walk-in': 'Riepilogo da portare allo sportello, senza appuntamento',
  portal: 'Servizio online del comune (portale)',
  'pin-forgotten': 'PIN dimenticato',
  'pin-blocked': 'PIN bloccato',
  'puk-lost': 'PUK smarrito',
  'both-lost': 'PIN e PUK smarriti',
  'no-contacts': 'Nessun contatto lasciato al rilascio',
  activate: 'Attivare le credenziali',
  'update-contacts': 'Cambiare email e cellulare',
  hours: 'ore',
  days: 'giorni',
  'working-days': 'giorni lavorativi',
};

/** Without a word of our own, the settings' name: never a blank label. */
export function labelOf(path: Path): string {
  const named = path.filter((key): key is string => typeof key === 'string');
  const last = path[path.length - 1];
  if (typeof last === 'number' && named[0] === 'guideSteps') return `Passo ${last + 1}`;
  if (typeof last === 'number') return `${ITEM_BY_LIST[named[named.length - 1] ?? ''] ?? 'Elemento'} ${last + 1}`;
  const key = named[named.length - 1] ?? '';
  if (named[0] === 'guideSteps' && named.length === 2) return VALUE_LABELS[key] ?? key;
  return BY_PATH[pathName(path)] ?? BY_KEY[key] ?? key;
}

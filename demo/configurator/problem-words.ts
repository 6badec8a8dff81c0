// The configurator speaks Italian throughout: the settings' problems carry an English detail
// for the console (src/settings/problems.ts); here each is said in Italian. A detail with no
// Italian words here is shown as it is, so a new schema message is never hidden.
const EXACT: Record<string, string> = {
  'is required': 'è obbligatorio',
  'is a header the browser or the widgets set themselves': 'è un’intestazione che impostano il browser o i widget',
  'must be 0 (at once) or more': 'deve essere 0 (subito) o più',
  'must be a 2-letter code, like TN': 'deve essere una sigla di 2 lettere, come TN',
  'must be a 5-digit CAP, like 38122': 'deve essere un CAP di 5 cifre, come 38122',
  'must be a date like 2026-12-24': 'deve essere una data come 2026-12-24',
  'must be a day like 06-26 (MM-DD)': 'deve essere un giorno come 06-26 (MM-GG)',
  'must be a header name: letters, digits and - only, no spaces': 'deve essere un nome di intestazione: solo lettere, cifre e -, senza spazi',
  'must be a time like 08:30 (24-hour, HH:MM)': 'deve essere un orario come 08:30 (24 ore, HH:MM)',
  'must be a web address starting with https:// or http://': 'deve essere un indirizzo web che inizia con https:// o http://',
  'must be a whole number': 'deve essere un numero intero',
  'must be an email address, like ufficio@comune.example.it': 'deve essere un indirizzo email, come ufficio@comune.example.it',
  'must be in international format, like +390461884291 (no spaces)': 'deve essere in formato internazionale, come +390461884291 (senza spazi)',
  'must be lower-case letters, digits and dashes': 'deve contenere solo lettere minuscole, cifre e trattini',
  'must be on one line': 'deve stare su una riga',
  'must close after it opens': 'deve chiudere dopo l’apertura',
  'must have at most 20 headers': 'può avere al massimo 20 intestazioni',
  'needs a url, a phone or instructions': 'serve un indirizzo web, un telefono o delle istruzioni',
  'needs at least a phone, an email or a url': 'serve almeno un telefono, un’email o un indirizzo web',
  'does not match any allowed form': 'non corrisponde a nessuna forma ammessa',
  'kept as typed, left out of the settings until it is valid JSON': 'tenuto com’è scritto, fuori dalle impostazioni finché non è JSON valido',
  'the contact update form on the page needs it': 'serve al modulo di aggiornamento dei contatti presente nella pagina',
  'must be a JSON object: { … }': 'deve essere un oggetto JSON: { … }',
};

const TYPES: Record<string, string> = { string: 'un testo', number: 'un numero', boolean: 'sì o no (true/false)', object: 'un oggetto', array: 'un elenco' };

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^unknown field "(.*)"$/, (key) => `il campo «${key}» non esiste (forse un errore di battitura)`],
  [/^must be one of (.*)$/, (values) => `deve essere uno di: ${values}`],
  [/^must have at least (\d+)$/, (n) => `deve essere almeno ${n}`],
  [/^must have at most (\d+)$/, (n) => `può essere al massimo ${n}`],
  [/^must be (\w+)$/, (type) => `deve essere ${TYPES[type] ?? type}`],
];

/** The problem's detail in Italian. */
export function detailInItalian(detail: string): string {
  if (EXACT[detail]) return EXACT[detail];
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(detail);
    if (match) return say(...match.slice(1));
  }
  return detail;
}

import { msg, str } from '@lit/localize';
import type { FieldError } from '../../../src/forms/form-model.js';
import type { RequestField } from '../../../src/requests/request-field.js';
import { currentLocale } from '../../../src/locale.js';
import { cardCopyTypesText } from '../../../src/validation/files.js';

/** A field's error as shown by the field: an empty one says what to do for that question. */
export function fieldErrorText(field: Pick<RequestField, 'whenMissing'> | undefined, error: FieldError): string {
  const missing = error.key === 'required' || error.key === 'must-accept';
  return missing && field ? field.whenMissing() : errorMessage(error);
}

/**
 * A field's error as the error summary lists it: the same words, with whose field it is in
 * front when they do not say so already ("Codice fiscale di chi fa la richiesta: …"), never
 * twice ("Numero della carta: Numero della carta non trovato").
 */
export function summaryErrorText(field: Pick<RequestField, 'whenMissing' | 'errorName'> | undefined, error: FieldError): string {
  const text = fieldErrorText(field, error);
  if (!field || error.key === 'required' || error.key === 'must-accept') return text;
  const name = field.errorName();
  return text.toLocaleLowerCase().includes(name.toLocaleLowerCase()) ? text : `${name}: ${text}`;
}

/** The sentence for a field's error, in the reader's language (GOV.UK style: says what to do). */
export function errorMessage(error: FieldError): string {
  switch (error.key) {
    case 'required':
      return msg('Compila questo campo');
    case 'codice-fiscale-shape':
      return msg('Il codice fiscale ha 16 caratteri, per esempio RSSMRA70A01H501S');
    case 'codice-fiscale-date':
      return msg('Il codice fiscale contiene una data di nascita che non esiste: controllalo');
    case 'codice-fiscale-check':
      return msg('Il codice fiscale non è corretto: controlla di averlo scritto bene');
    case 'codice-fiscale-birth-date':
      return msg('La data di nascita non corrisponde al codice fiscale');
    case 'card-number':
      return msg('Il numero della carta ha 9 caratteri, per esempio CA00000AA: è in alto a destra sul fronte');
    case 'email':
      return msg('Scrivi un indirizzo email, per esempio nome@esempio.it');
    case 'email-pec':
      return msg('Scrivi un’email normale, non una PEC: il Ministero non può scrivere a una PEC');
    case 'email-mismatch':
      return msg('Le due email non sono uguali');
    case 'mobile':
      return msg('Scrivi un numero di cellulare, per esempio 333 123 4567, o un numero estero con il prefisso +');
    case 'birth-date':
      return msg('Scrivi una data di nascita vera, per esempio 01/01/1970');
    case 'holder-is-minor':
      return msg('Il titolare è minorenne: la richiesta la presenta un genitore o il tutore');
    case 'holder-is-adult':
      return msg('Il titolare è maggiorenne: un genitore o un tutore può fare richiesta solo per un minore');
    case 'file-type':
      return msg(str`Il file deve essere un ${cardCopyTypesText(currentLocale())}`);
    case 'file-size':
      return msg('Il file è troppo grande');
    case 'file-empty':
      return msg('Il file è vuoto: scegli di nuovo la foto o la scansione');
    case 'file-unreadable':
      return msg('Il file non si può leggere: prova con un’altra foto o un PDF');
    case 'must-accept':
      return msg('Spunta questa casella per continuare');
    case 'contract':
      return msg('Il Comune non può accettare questo dato così: controllalo');
    case 'server':
      return error.text ?? msg('Il Comune ha segnalato un problema con questo campo');
  }
}

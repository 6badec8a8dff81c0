// Why a request was not sent, in a sentence for each way it fails (src/transport/submit.ts):
// said only after a submit, so it comes with the form's code for sending (./sending.ts).
import { msg, str } from '@lit/localize';
import type { Settings } from '../../../src/settings/schema.js';
import { DEFAULT_MAX_FILE_MB } from '../../../src/validation/files.js';
import { unsentText, type Failure } from './outcome.js';

export function failureText(failure: Failure, settings: Settings): string {
  const why = reason(failure, settings);
  // It went up whole, or the server failed while handling it: it may be there already.
  return 'maybeArrived' in failure && failure.maybeArrived
    ? `${why} ${msg('Il Comune potrebbe averla ricevuta: se riprovi con le stesse risposte, non sarà registrata due volte.')}`
    : why;
}

function reason(failure: Failure, settings: Settings): string {
  const maxFileMb = settings.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB;
  switch (failure.kind) {
    case 'field-errors':
      return msg('Il Comune ha segnalato dei dati da correggere.');
    case 'rejected':
      return msg('Il Comune non ha accettato la richiesta.');
    case 'too-large':
      return msg(str`I file sono troppo grandi per il servizio del Comune. Usa file più piccoli, al massimo ${maxFileMb} MB ciascuno, per esempio una foto invece di una scansione.`);
    case 'refused':
      return msg('Il servizio del Comune non accetta richieste da questa pagina. Non dipende da te: il Comune deve correggere la configurazione.');
    case 'unexpected':
      return msg('Il servizio del Comune ha risposto in modo inatteso. Puoi riprovare (se la richiesta era arrivata, non sarà registrata due volte) o chiedere al Comune se l’ha ricevuta.');
    case 'misconfigured':
    case 'offline':
      return unsentText(failure.kind);
    case 'busy':
      return failure.retryAfterSeconds === undefined
        ? msg('Il servizio è molto richiesto in questo momento. Riprova tra qualche minuto.')
        : failure.retryAfterSeconds <= 60
          ? msg('Il servizio è molto richiesto in questo momento. Riprova tra un minuto.')
          : msg(str`Il servizio è molto richiesto in questo momento. Riprova tra ${Math.ceil(failure.retryAfterSeconds / 60)} minuti.`);
    case 'timeout':
      return failure.during === 'upload'
        ? msg('La connessione è troppo lenta per inviare i file. Prova con una connessione migliore (per esempio il Wi-Fi) o con file più piccoli.')
        : msg('Il servizio del Comune non ha risposto in tempo.');
    case 'server':
      return msg('Il servizio del Comune non è disponibile in questo momento.');
    case 'cancelled':
      return msg('Hai fermato l’invio.');
  }
}

import { msg, str } from '@lit/localize';
import { PIN_TRIES } from '../../src/national.js';
import type { Situation } from '../../src/settings/schema.js';

/** How a citizen would say their situation: the guide's answers. */
export function situationLabel(situation: Situation): string {
  switch (situation) {
    case 'pin-forgotten':
      return msg('Ho dimenticato il PIN, ma ho il PUK');
    case 'pin-blocked':
      return msg(str`Ho sbagliato il PIN ${PIN_TRIES} volte e la carta si è bloccata`);
    case 'puk-lost':
      return msg('Ho perso il PUK');
    case 'both-lost':
      return msg('Ho perso sia il PIN sia il PUK');
    case 'no-contacts':
      return msg('Non ho dato email o cellulare quando ho chiesto la carta, non ho uno smartphone con NFC, o l’app non funziona');
    case 'activate':
      return msg('Voglio usare la CIE come identità digitale');
    case 'update-contacts':
      return msg('Voglio aggiungere o cambiare email e cellulare della carta');
  }
}

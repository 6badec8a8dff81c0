// Entry point for <cie-contacts-card> alone.
import { defineElement } from '../shared/define.js';
import { CieContactsCard } from './contacts-card.js';

defineElement('cie-contacts-card', CieContactsCard);

export { CieContactsCard };

declare global {
  interface HTMLElementTagNameMap {
    'cie-contacts-card': CieContactsCard;
  }
}

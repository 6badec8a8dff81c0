// Entry point for <cie-appointment-link> alone.
import { defineElement } from '../shared/define.js';
import { CieAppointmentLink } from './appointment-link.js';

defineElement('cie-appointment-link', CieAppointmentLink);

export { CieAppointmentLink };

declare global {
  interface HTMLElementTagNameMap {
    'cie-appointment-link': CieAppointmentLink;
  }
}

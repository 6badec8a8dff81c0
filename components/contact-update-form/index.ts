// Entry point for <cie-contact-update-form> alone.
import { defineElement } from '../shared/define.js';
import { CieContactUpdateForm } from './contact-update-form.js';

defineElement('cie-contact-update-form', CieContactUpdateForm);

export { CieContactUpdateForm };

declare global {
  interface HTMLElementTagNameMap {
    'cie-contact-update-form': CieContactUpdateForm;
  }
}

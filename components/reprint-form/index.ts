// Entry point for <cie-reprint-form> alone.
import { defineElement } from '../shared/define.js';
import { CieReprintForm } from './reprint-form.js';

defineElement('cie-reprint-form', CieReprintForm);

export { CieReprintForm };

declare global {
  interface HTMLElementTagNameMap {
    'cie-reprint-form': CieReprintForm;
  }
}

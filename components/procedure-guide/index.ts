// Entry point for <cie-procedure-guide> alone.
import { defineElement } from '../shared/define.js';
import { CieProcedureGuide } from './procedure-guide.js';

defineElement('cie-procedure-guide', CieProcedureGuide);

export { CieProcedureGuide };

declare global {
  interface HTMLElementTagNameMap {
    'cie-procedure-guide': CieProcedureGuide;
  }
}

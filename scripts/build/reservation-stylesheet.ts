import type { Plugin } from 'vite';
import { pageReservationCss } from '../../src/reserved-space.ts';

/** cie-widgets.css beside the loader: the space each tag keeps, for a theme's <head> (so from the first paint). */
export function reservationStylesheet(): Plugin {
  return {
    name: 'cie-reservation-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'cie-widgets.css', source: `${pageReservationCss()}\n` });
    },
  };
}

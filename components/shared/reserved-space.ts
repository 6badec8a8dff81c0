import { unsafeCSS } from 'lit';
import { reservedSpaceCss, type ReservedTag } from '../../src/reserved-space.js';

/** The element's height while loading (its `.loading` line keeps it), from src/reserved-space.ts. */
export const reservedSpace = (tag: ReservedTag) => unsafeCSS(reservedSpaceCss(tag, ':host', (height) => `--_reserved:${height}`));

// The space each element keeps while it loads, so that what follows it on the page does not
// jump when its content arrives (cumulative layout shift): about the height it then takes,
// on a phone and on a wide screen. Measured with Trento's and Dalmine's settings at 390 and
// 1280 px in Titillium Web, the font of Bootstrap Italia that comuni's sites use (the mean of
// the two; `npm run bench` reports the shift that remains). The loader reserves the same
// space before an element is even defined. An editor whose comune's content is much
// shorter or longer sets `--cie-reserved-height` on the tag.

import { RESERVED_SPACE, type ElementTag } from './elements.js';

/** Width from which the wide height applies (rem). */
export const WIDE_FROM_REM = 48;

export type ReservedTag = ElementTag;

/** The guide as a whole service page (`mode="service-card"`, in the page's own DOM): far taller. */
const SERVICE_CARD: readonly [number, number] = [333, 197];

/** CSS giving `selector` the tag's reserved height through `declare` (a min-height, or a custom property the element reads). */
export function reservedSpaceCss(tag: ReservedTag | 'service-card', selector: string, declare: (height: string) => string): string {
  const [phone, wide] = tag === 'service-card' ? SERVICE_CARD : RESERVED_SPACE[tag];
  return `${selector}{${declare(`${phone}rem`)}}@media (min-width:${WIDE_FROM_REM}rem){${selector}{${declare(`${wide}rem`)}}}`;
}

/**
 * The page's own rules (the loader adopts them; cie-widgets.css holds them for a theme's
 * <head>): each tag keeps its space before it is defined, and the service card, drawn in
 * the page's DOM where the element's styles do not reach, also while it loads.
 */
export function pageReservationCss(): string {
  const minHeight = (height: string) => `min-height:var(--cie-reserved-height,${height})`;
  const undefinedTags = (Object.keys(RESERVED_SPACE) as ReservedTag[]).map(
    (tag) => `${tag}:not(:defined){display:block}${reservedSpaceCss(tag, `${tag}:not(:defined)`, minHeight)}`,
  );
  // Defined, it is an inline box again (no shadow styles here): block, or min-height does nothing.
  const serviceCard = 'cie-procedure-guide:is([mode=service-card],[data-mode=service-card]):is(:not(:defined),:has(>div>.loading))';
  return [...undefinedTags, `${serviceCard}{display:block}`, reservedSpaceCss('service-card', serviceCard, minHeight)].join('');
}

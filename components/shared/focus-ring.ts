// The keyboard focus ring of base.styles.ts, for the sheets put in the page's light DOM (the
// service card, the rating): the theme's colour (Bootstrap Italia's orange by default) next to
// the control, then a dark band. The orange alone is 2.1:1 on white; the dark band makes the
// indicator 3:1 or more on any light background (WCAG 1.4.11). Written out in the css``
// sheets, which are minified only without expressions.
export const FOCUS_RING =
  'outline: 3px solid var(--cie-color-focus-ring, #1a1a1a); outline-offset: 2px; box-shadow: 0 0 0 2px var(--cie-color-focus, #ff9900);';

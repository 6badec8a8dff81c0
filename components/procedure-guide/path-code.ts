// The guide's paths (their steps, needs and help) and their layout: loaded once the citizen
// reaches into the question, or at once when the page opens on a path (a link naming the
// situation, the `situation` attribute), not with every page the guide is on.
export { pathFor } from './paths.js';
export { renderPath } from './path-view.js';

// The all-in-one entry: one <script type="module"> brings every element.
export * from './contacts-card/index.js';
export * from './appointment-link/index.js';
export * from './procedure-guide/index.js';
export * from './reprint-form/index.js';
export * from './contact-update-form/index.js';

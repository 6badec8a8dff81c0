// The build's entry points: each element's module, and the receiver's for Node.

/** tag → its module: one entry (and one file) per element in dist/elements/. */
export const ELEMENT_ENTRIES = {
  'cie-contacts-card': 'components/contacts-card/index.ts',
  'cie-appointment-link': 'components/appointment-link/index.ts',
  'cie-procedure-guide': 'components/procedure-guide/index.ts',
  'cie-reprint-form': 'components/reprint-form/index.ts',
  'cie-contact-update-form': 'components/contact-update-form/index.ts',
};

/** The reference receiver and the endpoint checker, for Node: the same request schemas as the forms, bundled; packages stay in node_modules. */
export const RECEIVER_ENTRIES = {
  main: 'receiver/main.ts',
  index: 'receiver/index.ts',
  'check-endpoint': 'receiver/check-endpoint.ts',
};

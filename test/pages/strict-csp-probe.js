// Loads the built bundles as a CMS page would, twice (the CDN file and a per-element
// build, like a theme's copy and an editor's), recording CSP violations and errors.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));

try {
  await import('/dist/cie-widgets.js');
  await import('/dist/elements/cie-contacts-card.js');
  await import('/dist/elements/cie-appointment-link.js');
  await import('/dist/elements/cie-procedure-guide.js');
  await import('/dist/elements/cie-reprint-form.js');
  await import('/dist/elements/cie-contact-update-form.js');
} catch (error) {
  window.pageErrors.push(String(error));
}
window.bundlesLoaded = true;

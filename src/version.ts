/** The package version, from package.json at build time. */
export const VERSION: string = __CIE_VERSION__;

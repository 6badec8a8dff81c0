/** package.json's version, injected by vite and by the test runner's esbuild. */
declare const __CIE_VERSION__: string;

// The build's modes, one table each; what each plugin does is in scripts/build/ (one job a
// file). `vite build` is the elements (dist/elements/, one entry per tag, for npm);
// `--mode cdn` the all-in-one file; `--mode loader` the CDN folder's small loader;
// `--mode receiver` the reference receiver for Node; `--mode configurator` the editors'
// single-file configurator. `npm start` serves the demo (the default mode's `serve`).
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { msw } from 'msw/vite';
import { checkedPresets } from './scripts/build/checked-presets.ts';
import { chunkFileName, ELEMENT_CHUNKS, formEngineOutOfCore } from './scripts/build/chunks.ts';
import { builtFolderIntegrity, preloadHints, releaseIntegrity, singleFileConfigurator } from './scripts/build/configurator.ts';
import { referenceReceiver, rootToDemo } from './scripts/build/dev-server.ts';
import { ELEMENT_ENTRIES, RECEIVER_ENTRIES } from './scripts/build/entries.ts';
import { jsonSchemas } from './scripts/build/json-schemas.ts';
import { loaderFiles, loaderMapFile } from './scripts/build/loader-files.ts';
import { minifyElementStyles } from './scripts/build/minify-element-styles.ts';
import { reservationStylesheet } from './scripts/build/reservation-stylesheet.ts';
import { thirdPartyNotices } from './scripts/build/third-party-notices.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const version = JSON.stringify(pkg.version);

/**
 * The loader goes only to browsers, with no bundler after it: minified fully, without the
 * /* @__PURE__ *\/ annotations a bundler would read. The elements' files keep them: an
 * integrator's bundler needs them to drop what its page does not use (about 0.1 KB gzip a
 * page on the CDN, which serves the same files).
 */
const forBrowsers = { minify: true, comments: { annotation: false } } as const;

export default defineConfig(({ command, mode }) => {
  if (mode === 'configurator') {
    return {
      define: { __CIE_VERSION__: version, __CIE_INTEGRITY__: JSON.stringify(releaseIntegrity()), __CIE_HINTS__: JSON.stringify(preloadHints(false)) },
      plugins: [minifyElementStyles(), singleFileConfigurator()],
      build: {
        target: 'es2022',
        outDir: 'dist/configurator',
        emptyOutDir: true,
        // One script: nothing to preload (and vite's preload helper would be left unresolved).
        modulePreload: false,
        rollupOptions: { input: 'demo/configurator.html', output: { codeSplitting: false, minify: true } },
      },
    };
  }
  if (mode === 'loader') {
    // The CDN folder's cie-widgets.js: the small loader, beside the elements' own files.
    const files = loaderFiles();
    return {
      define: { __CIE_FILES__: JSON.stringify(files), __CIE_VERSION__: version },
      plugins: [reservationStylesheet(), loaderMapFile(files)],
      build: {
        target: 'es2022',
        outDir: 'dist/loader',
        emptyOutDir: true,
        lib: { entry: { 'cie-widgets': 'components/loader.ts' }, formats: ['es'] },
        rollupOptions: { output: { ...forBrowsers, entryFileNames: '[name].js' } },
      },
    };
  }
  if (mode === 'receiver') {
    return {
      define: { __CIE_VERSION__: version },
      build: {
        ssr: true,
        target: 'node20',
        outDir: 'dist/receiver',
        emptyOutDir: true,
        rollupOptions: { input: RECEIVER_ENTRIES, output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  const cdn = mode === 'cdn';
  // `npm start`'s configurator gives the pinned line with the hash of the CDN folder last
  // built here (the folder an editor would upload); none before a build, and it says so.
  const integrity = command === 'serve' ? builtFolderIntegrity() : undefined;
  return {
    define: { __CIE_VERSION__: version, ...(integrity ? { __CIE_INTEGRITY__: JSON.stringify(integrity), __CIE_HINTS__: JSON.stringify(preloadHints(true)) } : {}) },
    // `npm start`: the demo pages with msw's worker for the mock backend, and the reference receiver.
    plugins: command === 'serve' ? [msw({ mode: 'worker-only' }), rootToDemo(), referenceReceiver()] : [checkedPresets(), jsonSchemas(), minifyElementStyles(), ...(cdn ? [] : [thirdPartyNotices(), formEngineOutOfCore()])],
    server: { open: '/demo/' },
    build: {
      target: 'es2022',
      // The CDN build lands beside the per-element one: run it second.
      emptyOutDir: !cdn,
      outDir: 'dist',
      // Which files each element needs, for the CDN loader (components/loader.ts).
      manifest: !cdn,
      // CDN: one file with every element; locales and presets stay chunks loaded on demand.
      lib: { entry: cdn ? { 'cie-widgets': 'components/cie-widgets.ts' } : ELEMENT_ENTRIES, formats: ['es'] },
      rollupOptions: {
        // @lit/localize declares no sideEffects, so its index's re-exports stay in every page
        // though unused; none of its modules does anything on import but define.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/') },
        output: {
          minify: true, // annotations kept (see forBrowsers)
          entryFileNames: cdn ? '[name].js' : 'elements/[name].js',
          chunkFileNames: (chunk) => `${cdn ? 'cdn-chunks' : 'elements/chunks'}/${chunkFileName(chunk)}`,
          codeSplitting: cdn ? undefined : ELEMENT_CHUNKS,
        },
      },
    },
  };
});

import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { msw } from 'msw/vite';
import { toJSONSchema } from 'zod/mini';
import { settingsSchema } from './src/settings/schema.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The JSON Schema editors and integrators get, generated from the zod schema the browser uses. */
function settingsJsonSchema(): Plugin {
  return {
    name: 'cie-settings-json-schema',
    apply: 'build',
    generateBundle() {
      const schema = toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' });
      this.emitFile({
        type: 'asset',
        fileName: 'settings.schema.json',
        source: `${JSON.stringify({ title: 'cie-widgets settings for one comune', ...schema }, null, 2)}\n`,
      });
    },
  };
}

const ELEMENTS = {
  'cie-contacts-card': 'components/contacts-card/index.ts',
  'cie-appointment-link': 'components/appointment-link/index.ts',
  'cie-procedure-guide': 'components/procedure-guide/index.ts',
};

export default defineConfig(({ command, mode }) => {
  const cdn = mode === 'cdn';
  return {
    define: { __CIE_VERSION__: JSON.stringify(pkg.version) },
    // `npm start`: the demo pages with msw's worker served for the mock backend.
    plugins: command === 'serve' ? [msw({ mode: 'worker-only' })] : [settingsJsonSchema()],
    server: { open: '/demo/' },
    build: {
      target: 'es2022',
      // The CDN build lands beside the per-element one: run it second.
      emptyOutDir: !cdn,
      outDir: 'dist',
      lib: {
        // CDN: one file with every element; locales and presets stay separate chunks
        // loaded on demand. Default: one entry per element sharing Lit and the core.
        entry: cdn ? { 'cie-widgets': 'components/cie-widgets.ts' } : ELEMENTS,
        formats: ['es'],
      },
      rollupOptions: {
        output: {
          // Vite keeps whitespace in ES library output; we ship for browsers, so minify fully.
          minify: true,
          entryFileNames: cdn ? '[name].js' : 'elements/[name].js',
          chunkFileNames: cdn ? 'cdn-chunks/[name]-[hash].js' : 'elements/chunks/[name]-[hash].js',
          // Name the shared core for what it is, not after whichever module rollup picked.
          manualChunks: cdn ? undefined : (id) => (/\/(src|components\/shared|node_modules)\//.test(id) && !/\/(presets|generated\/locales)\//.test(id) ? 'core' : undefined),
        },
      },
    },
  };
});

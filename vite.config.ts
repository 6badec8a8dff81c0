import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { request as httpRequest } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import { msw } from 'msw/vite';
import { toJSONSchema } from 'zod/mini';
import { openApiDocument, RATING_EXAMPLE } from './src/requests/contract.ts';
import { ratingSchema } from './src/requests/rating-schema.ts';
import { CONTACT_UPDATE_EXAMPLE, REPRINT_EXAMPLE } from './src/requests/contract-examples.ts';
import { requestSchema } from './src/requests/schema.ts';
import { loadPreset, PRESET_IDS } from './src/presets/index.ts';
import { checkSettings } from './src/settings/check.ts';
import { canonicalJson } from './src/settings/seal.ts';
import { LOCALE_GROUPS } from './src/generated/locales/groups.ts';
import { LOCALES } from './src/settings/lists.ts';
import { pageReservationCss } from './src/reserved-space.ts';
import { SETTINGS_REFERENCE } from './src/settings/reference.ts';
import { documentSettingsSchema } from './src/settings/reference-doc.ts';
import { settingsSchema } from './src/settings/schema.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** JSON Schemas for editors and integrators, generated from the zod schemas the browser uses. */
const JSON_SCHEMAS = [
  { fileName: 'settings.schema.json', title: 'cie-widgets settings for one comune', schema: settingsSchema, io: 'input' },
  { fileName: 'requests.schema.json', title: 'cie-widgets requests (what an endpoint receives)', schema: requestSchema, io: 'output' },
] as const;

function jsonSchemas(): Plugin {
  return {
    name: 'cie-json-schemas',
    apply: 'build',
    generateBundle() {
      for (const { fileName, title, schema, io } of JSON_SCHEMAS) {
        let generated = toJSONSchema(schema, { io, unrepresentable: 'any' });
        if (schema === settingsSchema) {
          // Every field described for editors; the same words make the settings reference.
          const documented = documentSettingsSchema(generated as Parameters<typeof documentSettingsSchema>[0], SETTINGS_REFERENCE);
          generated = documented.schema as typeof generated;
          this.emitFile({ type: 'asset', fileName: 'settings-reference.md', source: documented.markdown });
        }
        this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify({ title, ...generated }, null, 2)}\n` });
        if (schema === requestSchema) {
          // The endpoint contract, from the same schema; its examples parsed by it first.
          for (const example of [REPRINT_EXAMPLE, CONTACT_UPDATE_EXAMPLE]) {
            const parsed = requestSchema.safeParse(example);
            if (!parsed.success) throw new Error(`contract example ${example.type} does not match the schema: ${JSON.stringify(parsed.error.issues)}`);
          }
          const rating = ratingSchema.safeParse(RATING_EXAMPLE);
          if (!rating.success) throw new Error(`contract's rating example does not match the schema: ${JSON.stringify(rating.error.issues)}`);
          const ratingJson = toJSONSchema(ratingSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
          const openApi = openApiDocument(generated as Record<string, unknown>, pkg.version, ratingJson);
          this.emitFile({ type: 'asset', fileName: 'openapi.json', source: `${JSON.stringify(openApi, null, 2)}\n` });
        }
      }
    },
  };
}

/**
 * The shipped presets are used as they are, unchecked, in the browser (src/settings/load.ts):
 * so the build checks each one, and that checking changes nothing in it.
 */
function checkedPresets(): Plugin {
  return {
    name: 'cie-checked-presets',
    apply: 'build',
    async buildStart() {
      for (const id of PRESET_IDS) {
        const preset = await loadPreset(id);
        const result = checkSettings([preset]);
        if (!result.ok) throw new Error(`preset ${id}: ${result.problems.map((p) => `${p.where}: ${p.detail}`).join('; ')}`);
        if (canonicalJson(result.settings) !== canonicalJson(preset)) throw new Error(`preset ${id}: checking it changes it; write it as the schema outputs it`);
      }
    },
  };
}

/**
 * The elements' stylesheets (css`…` templates without expressions, in *.styles.ts) as
 * browsers read them, not as people do: comments and indentation go before bundling.
 * The service card's plain-string sheets are left alone.
 */
function minifyElementStyles(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':') // "margin: 0" → "margin:0"; selectors ("a:hover") have no space to lose
      .replace(/([^\w.])0\.(\d)/g, '$1.$2') // "0.5rem" → ".5rem"
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'cie-minify-element-styles',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return code.replace(/css`([^`$]*)`/g, (_, css: string) => `css\`${squeeze(css)}\``);
    },
  };
}

/**
 * THIRD-PARTY-NOTICES.txt beside the built files: each package the build bundled into them
 * (Lit, @lit/localize, zod), its version, licence and licence text, which their licences
 * ask a redistribution to carry (minifying drops the headers).
 */
function thirdPartyNotices(): Plugin {
  return {
    name: 'cie-third-party-notices',
    apply: 'build',
    generateBundle(_, bundle) {
      const packages = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of Object.keys(file.modules)) {
          const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
          if (match) packages.add(match[1]);
        }
      }
      const notices = [...packages].sort().map((name) => {
        const dir = `node_modules/${name}`;
        const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string; license: string };
        return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/LICENSE`, 'utf8').trim()}\n`;
      });
      const source = `cie-widgets ${pkg.version} (${pkg.license}, see LICENSE) bundles these packages:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`;
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
    },
  };
}

/** `npm start` prints the server's root: send it to the demo index instead of a 404. */
function rootToDemo(): Plugin {
  return {
    name: 'cie-root-to-demo',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

/**
 * `npm start`: the reference receiver inside the demo's server, at /receiver/, with its
 * embedded database (demo/receiver.config.json). The page's origin is allowed whatever
 * port the server took.
 */
function referenceReceiver(): Plugin {
  return {
    name: 'cie-reference-receiver',
    apply: 'serve',
    configureServer(server) {
      const loading = (async () => {
        const receiver = (await server.ssrLoadModule('/receiver/index.ts')) as typeof import('./receiver/index.ts');
        const config = await receiver.loadConfigFile('demo/receiver.config.json');
        await new Promise<void>((resolve) => (server.httpServer?.listening ? resolve() : server.httpServer?.once('listening', () => resolve())));
        const port = (server.httpServer?.address() as { port: number }).port;
        for (const comune of config.comuni.values()) comune.allowedOrigins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`);
        const running = await receiver.startReceiver({ ...config, port: 0 });
        server.config.logger.info(`  reference receiver: /receiver/comuni/esempio/cie-requests (${running.db.kind}), emails in receiver-mail/`);
        return running.url;
      })();
      loading.catch((error: unknown) => server.config.logger.error(`reference receiver did not start: ${String(error)}`));
      server.middlewares.use('/receiver', (req, res) => {
        loading.then(
          (url) => {
            // Forwarded to the receiver's own server, as a reverse proxy in front of it would.
            const target = new URL(req.url ?? '/', url);
            const forward = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            });
            forward.on('error', () => res.writeHead(502).end());
            req.pipe(forward);
          },
          () => res.writeHead(503).end(),
        );
      });
    },
  };
}

/**
 * A chunk's file name says what it holds: "core" for what every element shares (Lit, zod,
 * settings), not whichever of its modules the bundler picks, with six characters of hash
 * (36 bits tell a version's files apart). A translation group is `en-contacts.js`
 * (src/generated/locales/en/contacts.ts), with no hash: the loader makes its name from the
 * language and the group instead of listing some thirty hashed names in every page; the
 * version in the folder's name keeps caches apart, as for the elements' entries.
 */
function chunkFileName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }): string {
  const group = /\/src\/generated\/locales\/(\w+)\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (group) return `${group[1]}-${group[2]}.js`;
  if (chunk.moduleIds.some((id) => id.includes('/node_modules/@lit/reactive-element/'))) return 'core-[hash:6].js';
  return '[name]-[hash:6].js';
}

const ELEMENTS = {
  'cie-contacts-card': 'components/contacts-card/index.ts',
  'cie-appointment-link': 'components/appointment-link/index.ts',
  'cie-procedure-guide': 'components/procedure-guide/index.ts',
  'cie-reprint-form': 'components/reprint-form/index.ts',
  'cie-contact-update-form': 'components/contact-update-form/index.ts',
};

/** The reference receiver and the endpoint checker, for Node: the same request schemas as the forms, bundled; packages stay in node_modules. */
const RECEIVER_ENTRIES = {
  main: 'receiver/main.ts',
  index: 'receiver/index.ts',
  'check-endpoint': 'receiver/check-endpoint.ts',
};

/** Parts of an element's code the loader may ask for with it (the guide's paths, its service card): their words too. */
const LOADER_PARTS = ['paths', 'servicecard'];

/** Where the loader's map of files starts from: the CDN folder's elements/chunks/ (components/loader.ts). */
const LOADER_CHUNKS = 'elements/chunks';

/**
 * What the CDN loader needs to know, from the elements' build manifest: each tag's entry
 * and all it imports statically (so it can ask for them at once), the presets, the
 * locales and the service card's chunk, as paths relative to the chunks' folder (most of
 * the files; the map is in every page).
 */
function loaderFiles() {
  type Chunk = { file: string; imports?: string[]; src?: string };
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
  const fileOf = (key: string) => relative(LOADER_CHUNKS, manifest[key].file);
  const closure = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    return [fileOf(key), ...(manifest[key].imports ?? []).flatMap((next) => closure(next, seen))];
  };
  const bySource = (pattern: RegExp) =>
    Object.fromEntries(Object.keys(manifest).flatMap((key) => {
      const match = pattern.exec(key);
      return match ? [[match[1], fileOf(key)]] : [];
    }));
  return {
    elements: Object.fromEntries(Object.entries(ELEMENTS).map(([tag, source]) => [tag, closure(source)])),
    presets: bySource(/^src\/presets\/(?!index)(\w+)\.ts$/),
    presetServiceCards: bySource(/^src\/presets\/(\w+)\.service-card\.ts$/),
    // The languages there are translations for; the translation groups each tag (and each
    // part of its code the loader asks for at once) says its words from, each the file
    // `<language>-<group>.js`; the translations' code they need first.
    languages: LOCALES.filter((locale) => locale !== 'it'),
    words: Object.fromEntries(Object.entries(LOCALE_GROUPS).filter(([name]) => name in ELEMENTS || LOADER_PARTS.includes(name))),
    translations: closure('src/translations.ts'),
    serviceCard: closure('components/procedure-guide/service-card.ts'),
    guidePaths: closure('components/procedure-guide/path-code.ts'),
    sources: closure('src/settings/sources.ts'),
    checker: closure('src/settings/check.ts'),
    seal: closure('src/settings/seal.ts'),
  };
}

/**
 * The configurator as one HTML file an editor opens from the release, even from a disk
 * (file:// allows no module fetches): its script and styles inline, every element,
 * preset and language in the one script, the pinned script's integrity hash written in.
 */
function singleFileConfigurator(): Plugin {
  return {
    name: 'cie-single-file-configurator',
    apply: 'build',
    // After vite's own HTML plugin has written the page.
    enforce: 'post',
    generateBundle(_, bundle) {
      const files = Object.values(bundle);
      const page = files.find((file) => file.fileName.endsWith('.html'));
      if (page?.type !== 'asset') throw new Error('the configurator page was not built');
      const scripts = files.flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
      const styles = files.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [String(file.source)] : []));
      if (scripts.length !== 1) throw new Error(`the configurator must be one script, not ${scripts.length}`);
      // Inline, no text may close the element it sits in. Vite leaves its preload list
      // unresolved when nothing is split (vite 8.3): with no list, its helper just imports.
      const script = scripts[0].replace(/__VITE_PRELOAD__/g, 'void 0').replace(/<\/(script)/gi, '<\\/$1');
      const html = String(page.source)
        .replace(/\s*<script type="module"[^>]*><\/script>/, '')
        .replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
        .replace('</head>', () => `<style>${styles.join('\n').replace(/<\/(style)/gi, '<\\/$1')}</style>\n<script type="module">${script}</script>\n</head>`);
      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({ type: 'asset', fileName: 'configurator.html', source: html });
    },
  };
}

/** cie-widgets.css beside the loader: the space each tag keeps, for a theme's <head> (so from the first paint). */
function reservationStylesheet(): Plugin {
  return {
    name: 'cie-reservation-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'cie-widgets.css', source: `${pageReservationCss()}\n` });
    },
  };
}

/** The pinned script's Subresource Integrity hash: the loader built just before is the CDN folder's cie-widgets.js. */
function releaseIntegrity(): string {
  return `sha384-${createHash('sha384').update(readFileSync('dist/loader/cie-widgets.js')).digest('base64')}`;
}

/**
 * What the configurator's preload lines are made from (scripts/preload-hints.js): the loader's
 * map of files and each script's integrity, from this build (`dist/loader`, `dist/elements`,
 * the bytes the CDN folder copies) or, for `npm start`, the CDN folder last built; none before a build.
 */
function preloadHints(fromFolder: boolean): { map: unknown; files: Record<string, string> } | undefined {
  if (fromFolder) {
    const folder = `dist/cdn/cie-widgets@${pkg.version}/`;
    if (!existsSync(`${folder}files.json`)) return undefined;
    return { map: JSON.parse(readFileSync(`${folder}files.json`, 'utf8')), files: (JSON.parse(readFileSync(`${folder}integrity.json`, 'utf8')) as { files: Record<string, string> }).files };
  }
  const scripts = (readdirSync('dist/elements', { recursive: true }) as string[]).filter((path) => path.endsWith('.js')).map((path) => `elements/${path}`);
  const sri = (path: string) => `sha384-${createHash('sha384').update(readFileSync(`dist/${path}`)).digest('base64')}`;
  return { map: JSON.parse(readFileSync('dist/loader/files.json', 'utf8')), files: Object.fromEntries(scripts.map((path) => [path, sri(path)])) };
}

/** The integrity of the CDN folder last built (`npm run build` writes integrity.json beside it), or undefined. */
function builtFolderIntegrity(): string | undefined {
  const file = `dist/cdn/cie-widgets@${pkg.version}/integrity.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)['cie-widgets.js'] : undefined;
}

export default defineConfig(({ command, mode }) => {
  if (mode === 'configurator') {
    return {
      define: { __CIE_VERSION__: JSON.stringify(pkg.version), __CIE_INTEGRITY__: JSON.stringify(releaseIntegrity()), __CIE_HINTS__: JSON.stringify(preloadHints(false)) },
      plugins: [minifyElementStyles(), singleFileConfigurator()],
      build: {
        target: 'es2022',
        outDir: 'dist/configurator',
        emptyOutDir: true,
        // One script: nothing to preload (and vite's preload helper would be left unresolved).
        modulePreload: false,
        rollupOptions: {
          input: 'demo/configurator.html',
          output: { codeSplitting: false, minify: true },
        },
      },
    };
  }
  if (mode === 'loader') {
    // The CDN folder's cie-widgets.js: the small loader, beside the elements' own files.
    const files = loaderFiles();
    return {
      define: { __CIE_FILES__: JSON.stringify(files), __CIE_VERSION__: JSON.stringify(pkg.version) },
      // The same map as a file, for the snippet's preload lines (scripts/preload-hints.js).
      plugins: [reservationStylesheet(), { name: 'cie-loader-map', generateBundle() { this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(files)}\n` }); } }],
      build: {
        target: 'es2022',
        outDir: 'dist/loader',
        emptyOutDir: true,
        lib: { entry: { 'cie-widgets': 'components/loader.ts' }, formats: ['es'] },
        rollupOptions: { output: { minify: true, comments: { annotation: false }, entryFileNames: '[name].js' } },
      },
    };
  }
  if (mode === 'receiver') {
    return {
      define: { __CIE_VERSION__: JSON.stringify(pkg.version) },
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
  return {
    // `npm start`'s configurator gives the pinned script line with the hash of the CDN folder last built here
    // (the folder an editor would upload); none before a build, and it says so.
    define: {
      __CIE_VERSION__: JSON.stringify(pkg.version),
      ...(command === 'serve' && builtFolderIntegrity() ? { __CIE_INTEGRITY__: JSON.stringify(builtFolderIntegrity()), __CIE_HINTS__: JSON.stringify(preloadHints(true)) } : {}),
    },
    // `npm start`: the demo pages with msw's worker served for the mock backend, and the reference receiver.
    plugins: command === 'serve' ? [msw({ mode: 'worker-only' }), rootToDemo(), referenceReceiver()] : [checkedPresets(), jsonSchemas(), minifyElementStyles(), ...(cdn ? [] : [thirdPartyNotices()])],
    server: { open: '/demo/' },
    build: {
      target: 'es2022',
      // The CDN build lands beside the per-element one: run it second.
      emptyOutDir: !cdn,
      outDir: 'dist',
      // Which files each element needs, for the CDN loader (components/loader.ts).
      manifest: !cdn,
      lib: {
        // CDN: one file with every element; locales and presets stay separate chunks
        // loaded on demand. Default: one entry per element sharing Lit and the core.
        entry: cdn ? { 'cie-widgets': 'components/cie-widgets.ts' } : ELEMENTS,
        formats: ['es'],
      },
      rollupOptions: {
        // @lit/localize declares no sideEffects, so its index's re-exports (the runtime's
        // configureLocalization, its deferred helper) stay in every page though unused;
        // none of its modules does anything on import but define.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/') },
        output: {
          // Vite keeps whitespace in ES library output; we ship for browsers, so minify fully,
          // without the annotations kept for a later bundler (/* @__PURE__ */, 22 in the core
          // chunk alone): the CDN folder has no bundler after it; an npm project's bundler
          // then keeps a few unused top-level `new Map()`s, bytes and not behaviour.
          minify: true,
          comments: { annotation: false },
          entryFileNames: cdn ? '[name].js' : 'elements/[name].js',
          chunkFileNames: (chunk) => `${cdn ? 'cdn-chunks' : 'elements/chunks'}/${chunkFileName(chunk)}`,
          // What most elements use (Lit, settings loading, language, times and costs) is one
          // file, not several small ones each page fetches (and gzips) apart; what the guide
          // and the forms share is another, the form engine both forms load a third. A page
          // then asks for at most 5 files after the loader (the reprint form: its entry, core,
          // forms, guide-forms, the preset), within a browser's 6 connections per host on
          // HTTP/1.1, so none waits for another to finish.
          codeSplitting: cdn
            ? undefined
            : {
                groups: [
                  { name: 'core', tags: ['$initial'], minShareCount: 3, test: (id) => !/\/src\/(national|requests\/channels|validation\/(files|dates))\.ts$/.test(id) },
                  { name: 'guide-forms', test: /\/src\/(national|requests\/channels)\.ts$/ },
                  { name: 'forms', tags: ['$initial'], minShareCount: 2, test: /\/(components\/shared\/form|src\/(forms|requests|validation))\// },
                ],
              },
        },
      },
    },
  };
});

// The lines an editor pastes after the script, so the files of the elements on the page are
// asked for in the same round as the loader, not after it has run. Read from the loader's own
// map of files (files.json in the CDN folder, written by the loader's build) and the folder's
// integrity.json: used by the CDN folder's snippet.html, the configurator and the benchmark.

/** The files (paths in the CDN folder) the loader would ask for these tags, with this preset and language. */
export function hintedFiles(map, tags, { preset, lang } = {}) {
  const files = new Set();
  const words = (who) => {
    if (!lang || !map.languages.includes(lang) || !map.words[who]) return;
    map.translations.forEach((file) => files.add(file));
    for (const group of map.words[who]) files.add(`${lang}-${group}.js`);
  };
  for (const tag of tags) {
    (map.elements[tag] ?? []).forEach((file) => files.add(file));
    words(tag);
  }
  if (preset && Object.hasOwn(map.presets, preset)) files.add(map.presets[preset]);
  // The map's paths start from elements/chunks/ (as the loader reads them).
  return [...files].map((file) => new URL(file, 'https://folder.invalid/elements/chunks/').pathname.slice(1));
}

/** `<link rel="modulepreload">` lines for `paths`, from the folder at `folderUrl`, each with its integrity. */
export function hintLines(folderUrl, paths, integrity) {
  const folder = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  return paths.map((path) => {
    const hash = integrity[path] ? ` integrity="${integrity[path]}"` : '';
    return `<link rel="modulepreload" href="${`${folder}${path}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${hash} crossorigin="anonymous">`;
  });
}

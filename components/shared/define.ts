import { VERSION } from '../../src/version.js';

const versionKey = Symbol.for('cie-widgets.version');
type Versioned = CustomElementConstructor & { [versionKey]?: string };

/**
 * Registers an element once. A theme may bundle the widgets and an editor paste them
 * again: a second copy of the same version is a no-op, another version only warns.
 */
export function defineElement(tag: string, element: CustomElementConstructor, version = VERSION): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing[versionKey] !== version) {
      console.warn(
        `[cie-widgets] <${tag}> is already defined by version ${existing[versionKey] ?? 'unknown'}; version ${version} is not used.`,
      );
    }
    return;
  }
  (element as Versioned)[versionKey] = version;
  customElements.define(tag, element);
}

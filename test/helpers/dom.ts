// What a citizen would read, and small page fixtures that clean up after themselves.
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CieElement } from '../../components/shared/cie-element.js';

/** The element's visible text, whitespace collapsed. */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): HTMLElement | null {
  return (el.shadowRoot ?? el).querySelector(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>(selector)];
}

/** Mounts an element and waits until it shows its content or its settings problem. */
export async function mount<T extends CieElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.ready;
  return el;
}

const added: Element[] = [];

/** A `<script type="application/json">` on the page, as an editor would paste it. */
export function addJsonScript(content: unknown, attrs: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
  script.textContent = typeof content === 'string' ? content : JSON.stringify(content);
  document.body.append(script);
  added.push(script);
  return script;
}

export function removeAddedScripts(): void {
  added.splice(0).forEach((el) => el.remove());
}

/** Collects console.error/warn/info calls while `run` runs, so tests can assert the editor's console. */
export async function captureConsole<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[]; warnings: string[]; infos: string[] }> {
  const { error, warn, info } = console;
  const errors: string[] = [];
  const warnings: string[] = [];
  const infos: string[] = [];
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.info = (...args: unknown[]) => infos.push(args.map(String).join(' '));
  try {
    return { result: await run(), errors, warnings, infos };
  } finally {
    console.error = error;
    console.warn = warn;
    console.info = info;
  }
}

export const EXAMPLE_SETTINGS_URL = '/demo/settings/esempio.json';

/** The example settings as plain JSON: tests break them in every way, so deliberately untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function exampleSettings(): Promise<Record<string, any>> {
  return (await fetch(EXAMPLE_SETTINGS_URL)).json();
}

/** The browser with cookies blocked: reading `sessionStorage` throws, as Chromium's does then. */
export async function withStorageBlocked<T>(run: () => T | Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
  Object.defineProperty(window, 'sessionStorage', {
    configurable: true,
    get() {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    },
  });
  try {
    return await run();
  } finally {
    Object.defineProperty(window, 'sessionStorage', own);
  }
}

// Where the editor starts: from nothing, from Trento's or Dalmine's settings, or from a
// file, with what was wrong in the file imported and a way back to the settings before.
import { html, nothing } from 'lit';
import type { SettingsProblem } from '../../src/settings/problems.js';
import type { Draft } from './draft.js';
import { problemText } from './field-inputs.js';

export interface Start {
  report?: { file: string; problems: SettingsProblem[] };
  canUndo: boolean;
  start(from: 'empty' | 'trento' | 'dalmine'): void;
  importFile(event: Event): void;
  undo(): void;
}

export function startView(v: Start) {
  const report = v.report;
    return html`<section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">1. Da dove partire</h2>
      <div class="actions">
        <button type="button" @click=${() => v.start('empty')}>Da zero</button>
        <button type="button" @click=${() => v.start('trento')}>Da Trento</button>
        <button type="button" @click=${() => v.start('dalmine')}>Da Dalmine</button>
        <label class="button secondary" for="import-file">Importa un file di impostazioni…</label>
        <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" @change=${v.importFile} />
        ${v.canUndo ? html`<button type="button" class="secondary" @click=${v.undo}>Torna alle impostazioni di prima</button>` : nothing}
      </div>
      ${report
        ? html`<div class="import-report" role="region" aria-labelledby="import-heading">
            <h3 id="import-heading">
              ${report.problems.length
                ? `Il file ${report.file}: ${report.problems.length === 1 ? 'un problema' : `${report.problems.length} problemi`}`
                : `Il file ${report.file} è corretto`}
            </h3>
            ${report.problems.length ? html`<ul>${report.problems.map((problem) => html`<li>${problemText(problem)}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    </section>`;
}

/** A settings file the editor imports: its object, or why it is none (the settings stay as they were). */
export async function readSettingsFile(file: File): Promise<{ ok: true; draft: Draft } | { ok: false; problem: SettingsProblem; status: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, problem: { reason: 'not-json', where: file.name, detail: (error as Error).message }, status: `Il file ${file.name} non è JSON valido: le impostazioni non sono cambiate.` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problem: { reason: 'invalid', where: file.name, detail: 'must be a JSON object: { … }' }, status: `Il file ${file.name} non contiene impostazioni: le impostazioni non sono cambiate.` };
  }
  return { ok: true, draft: parsed as Draft };
}

/** Whether text typed in a JSON field parses (empty counts: nothing to keep). */
export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return text.trim() === '';
  }
}

// Above the configurator's form: whether the settings are right, or each problem linked to
// its field (an unknown field removed in one click), then what AgID's checker would still
// miss on the service card with these settings.
import { html, nothing } from 'lit';
import type { SettingsProblem } from '../../src/settings/problems.js';
import { fieldId } from './draft.js';
import { problemText } from './field-inputs.js';

export interface Summary {
  problems: readonly SettingsProblem[];
  /** AgID's gaps (./agid-gaps.ts): fixable here, before publishing. */
  gaps: readonly string[];
  /** Where the form's fields are. */
  root: ParentNode;
  removeUnknown(problem: SettingsProblem): void;
}

export function summaryView({ problems, gaps, root, removeUnknown }: Summary) {
  const agid = gaps.length
    ? html`<div class="agid-gaps" aria-labelledby="agid-heading">
        <h3 id="agid-heading">Per il controllo AgID della scheda servizio (mode="service-card")</h3>
        <ul>
          ${gaps.map((gap) => html`<li>${gap}</li>`)}
        </ul>
      </div>`
    : nothing;
  if (!problems.length) return html`<p class="valid">Le impostazioni sono corrette: gli elementi le possono usare.</p>${agid}`;
  return html`<div class="problems" aria-labelledby="problems-heading">
      <h3 id="problems-heading">${problems.length === 1 ? 'Un problema da correggere' : `${problems.length} problemi da correggere`}</h3>
      <ul>
        ${problems.map(
          (problem) => html`<li>
            ${problem.reason === 'unknown-field'
              ? html`${problemText(problem)}
                  <button type="button" class="secondary" @click=${() => removeUnknown(problem)}>
                    Rimuovi<span class="visually-hidden"> il campo ${problem.where}</span>
                  </button>`
              : html`<a href="#${targetOf(root, problem.where)}" @click=${(event: Event) => goTo(root, event, problem.where)}>${problemText(problem)}</a>`}
          </li>`,
        )}
      </ul>
    </div>
    ${agid}`;
}

/** The id of the field a problem names, or of the nearest field the form shows around it. */
function targetOf(root: ParentNode, where: string): string {
  const path = where.split(/\.|\[(\d+)\]/).filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  for (let length = path.length; length > 0; length -= 1) {
    const id = fieldId(path.slice(0, length));
    if (root.querySelector(`#${CSS.escape(id)}`)) return id;
  }
  return 'settings-heading';
}

/** The field opened (its folded sections too), focused and in view. */
function goTo(root: ParentNode, event: Event, where: string) {
  event.preventDefault();
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(targetOf(root, where))}`);
  for (let details = target?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

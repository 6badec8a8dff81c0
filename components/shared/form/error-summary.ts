import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FormModel } from '../../../src/forms/form-model.js';
import type { RequestField } from '../../../src/requests/request-field.js';
import { heading } from '../heading.js';
import { fieldId } from './field-templates.js';
import { summaryErrorText } from './messages.js';

/**
 * GOV.UK's error summary: at the top, focused on submit, one link per error leading to
 * its field, worded so the list says whose field it is ("Scrivi il codice fiscale del titolare").
 * Links move focus themselves: a `#id` href cannot reach into a shadow root. Not a live
 * region: focus on it is what reads it out, once per submit; a live one was read out whole
 * again at every key the citizen pressed while fixing a field.
 */
export function errorSummary(model: FormModel, root: ShadowRoot | HTMLElement, level: number, fields: readonly RequestField[]) {
  const errors = model.shownErrors();
  if (!errors.length) return nothing;
  const focusField = (event: Event, name: string) => {
    event.preventDefault();
    const field = (root as ParentNode).querySelector<HTMLElement>(`#${fieldId(name)}`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    ${heading(level, msg('C’è un problema'), 'error-summary-title', 'subheading')}
    <div>
      <ul>
        ${errors.map(
          ([name, error]) =>
            html`<li>
              <a href="#${fieldId(name)}" @click=${(e: Event) => focusField(e, name)}>${summaryErrorText(
                fields.find((f) => f.name === name),
                error,
              )}</a>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

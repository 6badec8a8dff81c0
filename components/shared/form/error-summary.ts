import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { FormModel } from '../../../src/forms/form-model.js';
import { fieldId } from './fields.js';
import { errorMessage } from './messages.js';

/**
 * GOV.UK's error summary: at the top, focused on submit, one link per error leading to
 * its field. Links move focus themselves: a `#id` href cannot reach into a shadow root.
 */
/** `fieldName` names each field in the summary, where "Fill in this field" alone would not say which. */
export function errorSummary(model: FormModel, root: ShadowRoot | HTMLElement, level: number, fieldName: (name: string) => string) {
  const errors = model.shownErrors();
  if (!errors.length) return nothing;
  const focusField = (event: Event, name: string) => {
    event.preventDefault();
    const field = (root as ParentNode).querySelector<HTMLElement>(`#${fieldId(name)}`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="heading" aria-level=${level} class="subheading" id="error-summary-title">${msg('C’è un problema')}</div>
    <div role="alert">
      <ul>
        ${errors.map(
          ([name, error]) => html`<li><a href="#${fieldId(name)}" @click=${(e: Event) => focusField(e, name)}>${fieldName(name)}: ${errorMessage(error)}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}

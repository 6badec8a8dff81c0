import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { NATIONAL_DEFAULTS } from '../../src/national.js';
import type { SettingsProblem } from '../../src/settings/problems.js';
import { phoneLink } from './contact-links.js';

/** The sentence an element shows for one settings problem (the configurator shows the same). */
export function describeSettingsProblem(problem: SettingsProblem): string {
  const where = problem.where;
  switch (problem.reason) {
    case 'missing':
      return msg(str`Campo obbligatorio mancante: ${where}`);
    case 'unknown-field':
      return msg(str`Campo sconosciuto: ${where}`);
    case 'invalid':
      return msg(str`Valore non valido: ${where}`);
    case 'not-json':
      return msg(str`Il testo non è JSON valido: ${where}`);
    case 'unreachable':
      return msg(str`Impossibile scaricare le impostazioni da ${where}`);
    case 'unknown-preset':
      return msg(str`Comune sconosciuto: ${where}`);
    case 'no-inline-config':
      return msg(str`Impostazioni non trovate nella pagina: ${where}`);
    case 'no-settings':
      return msg('Manca l’indicazione del comune: aggiungere comune="…" o config-src="…".');
    case 'not-loaded':
      return msg(str`Un file di cie-widgets non è arrivato: ${where}. Controllare che la cartella pubblicata sia completa.`);
  }
}

/** Shown in place of an element whose settings are wrong: plain words, never a blank box. */
export function renderSettingsProblems(problems: readonly SettingsProblem[], retry?: () => void) {
  const { helpPhone, helpPhoneDisplay } = NATIONAL_DEFAULTS;
  return html`<div class="settings-error" part="settings-error">
    <p><strong>${msg('Questo servizio non è disponibile al momento.')}</strong></p>
    ${retry ? html`<p><button type="button" class="secondary" @click=${retry}>${msg('Riprova')}</button></p>` : nothing}
    <p>
      ${msg('Puoi usare l’app CieID o chiamare l’assistenza CIE del Ministero dell’Interno:')}
      ${phoneLink(helpPhone, helpPhoneDisplay)}
    </p>
    <p>${msg('Per chi gestisce il sito: le impostazioni del widget non sono corrette.')}</p>
    <ul>
      ${problems.slice(0, 5).map((problem) => html`<li>${describeSettingsProblem(problem)}</li>`)}
    </ul>
    <p class="muted">${msg('I dettagli sono nella console del browser.')}</p>
  </div>`;
}

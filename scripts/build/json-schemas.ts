// dist/settings.schema.json, settings-reference.md, requests.schema.json and openapi.json,
// generated from the zod schemas the browser uses (one source of truth per fact).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toJSONSchema } from 'zod/mini';
import { APPOINTMENT_EXAMPLE, appointmentRequestSchema } from '../../src/booking/appointment-request.ts';
import { openApiDocument, RATING_EXAMPLE } from '../../src/requests/contract.ts';
import { CONTACT_UPDATE_EXAMPLE, REPRINT_EXAMPLE } from '../../src/requests/contract-examples.ts';
import { ratingSchema } from '../../src/requests/rating-schema.ts';
import { requestSchema } from '../../src/requests/schema.ts';
import { SETTINGS_REFERENCE } from '../../src/settings/reference.ts';
import { documentSettingsSchema } from '../../src/settings/reference-doc.ts';
import { settingsSchema } from '../../src/settings/schema.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; license: string };

/** JSON Schemas for editors and integrators, generated from the zod schemas the browser uses. */
const JSON_SCHEMAS = [
  { fileName: 'settings.schema.json', title: 'cie-widgets settings for one comune', schema: settingsSchema, io: 'input' },
  { fileName: 'requests.schema.json', title: 'cie-widgets requests (what an endpoint receives)', schema: requestSchema, io: 'output' },
] as const;

export function jsonSchemas(): Plugin {
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
          const appointment = appointmentRequestSchema.safeParse(APPOINTMENT_EXAMPLE);
          if (!appointment.success) throw new Error(`contract's appointment example does not match the schema: ${JSON.stringify(appointment.error.issues)}`);
          const appointmentJson = toJSONSchema(appointmentRequestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
          const openApi = openApiDocument(generated as Record<string, unknown>, pkg.version, ratingJson, appointmentJson);
          this.emitFile({ type: 'asset', fileName: 'openapi.json', source: `${JSON.stringify(openApi, null, 2)}\n` });
        }
      }
    },
  };
}

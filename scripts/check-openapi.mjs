// The endpoint contract (dist/openapi.json, written by the build) checked against the
// OpenAPI 3.1 specification's own schema: an integrator's tools must read it as it is.
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(new URL('../dist/openapi.json', import.meta.url).pathname);
if (!result.valid) {
  console.error('dist/openapi.json is not valid OpenAPI:', JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
console.log(`dist/openapi.json: valid OpenAPI ${validator.version}`);

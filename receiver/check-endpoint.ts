// npm run check-endpoint -- <url> [--comune esempio] [--origin https://www.comune.esempio.it] [--max-file-mb 5]
// Prints, point by point, where an endpoint's answers differ from the contract; exits 1 if any does.
import { parseArgs } from 'node:util';
import { checkEndpoint, reportText } from './conformance.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { comune: { type: 'string', default: 'esempio' }, origin: { type: 'string' }, 'max-file-mb': { type: 'string' } },
});
const url = positionals[0];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: npm run check-endpoint -- <endpoint URL> [--comune id] [--origin https://the-comune-site] [--max-file-mb 5]');
  process.exit(2);
}
const results = await checkEndpoint({
  url,
  comune: values.comune,
  origin: values.origin,
  maxFileMb: values['max-file-mb'] ? Number(values['max-file-mb']) : undefined,
});
console.log(reportText(url, results));
process.exitCode = results.every((r) => r.ok) ? 0 : 1;

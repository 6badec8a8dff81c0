// Demo pages start the mock backend first, then load the widgets exactly as an editor's
// <script type="module" src="…/cie-widgets.js"> would.
import { startMockBackend } from './mock-backend.js';

await startMockBackend();
await import('../components/cie-widgets.js');

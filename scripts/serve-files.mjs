// A small HTTP server for the scripts that open the built files in Chromium (measure, claims):
// pages made on the fly by path, files from the folders allowed, nothing else.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };

/**
 * `page(path)` answers an HTML page for a path, or undefined; `allowed` are paths under `root`
 * whose files are served. Resolves to the server's origin and a way to close it.
 */
export async function serveFiles({ root, allowed, page }) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const html = page(path);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(html);
    }
    const file = normalize(join(root, path));
    if (!allowed.some((place) => file.startsWith(join(root, place))) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

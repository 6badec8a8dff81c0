// `npm start`'s server: the demo at its root, the reference receiver at /receiver/.
import { request as httpRequest } from 'node:http';
import type { Plugin } from 'vite';

/** `npm start` prints the server's root: send it to the demo index instead of a 404. */
export function rootToDemo(): Plugin {
  return {
    name: 'cie-root-to-demo',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

/**
 * `npm start`: the reference receiver inside the demo's server, at /receiver/, with its
 * embedded database (demo/receiver.config.json). The page's origin is allowed whatever
 * port the server took.
 */
export function referenceReceiver(): Plugin {
  return {
    name: 'cie-reference-receiver',
    apply: 'serve',
    configureServer(server) {
      const loading = (async () => {
        const receiver = (await server.ssrLoadModule('/receiver/index.ts')) as typeof import('../../receiver/index.ts');
        const config = await receiver.loadConfigFile('demo/receiver.config.json');
        await new Promise<void>((resolve) => (server.httpServer?.listening ? resolve() : server.httpServer?.once('listening', () => resolve())));
        const port = (server.httpServer?.address() as { port: number }).port;
        for (const comune of config.comuni.values()) comune.allowedOrigins.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`);
        const running = await receiver.startReceiver({ ...config, port: 0 });
        // The demo's counter takes appointments on weekday mornings, unless its week was set (`npm run receiver -- booking-hours`, server stopped).
        for (const id of config.comuni.keys()) {
          if (!(await receiver.bookingWeek(running.db, id)).length) await receiver.setBookingDays(running.db, id, [1, 2, 3, 4, 5], [{ opens: '09:00', closes: '12:30', minutes: 20, capacity: 2 }]);
        }
        server.config.logger.info(`  reference receiver: /receiver/comuni/esempio/cie-requests (${running.db.kind}), emails in receiver-mail/`);
        return running.url;
      })();
      loading.catch((error: unknown) => server.config.logger.error(`reference receiver did not start: ${String(error)}`));
      server.middlewares.use('/receiver', (req, res) => {
        loading.then(
          (url) => {
            // Forwarded to the receiver's own server, as a reverse proxy in front of it would.
            const target = new URL(req.url ?? '/', url);
            const forward = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            });
            forward.on('error', () => res.writeHead(502).end());
            req.pipe(forward);
          },
          () => res.writeHead(503).end(),
        );
      });
    },
  };
}

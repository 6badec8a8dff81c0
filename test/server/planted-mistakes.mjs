// Endpoints with one mistake each, for the conformance checker to find: a proxy in front of
// the reference receiver (which answers as the contract says) that changes one thing on the
// way in or out. `http://127.0.0.1:<port>/<mistake>/comuni/<id>/cie-requests`.

/** Each mistake a comune's hand-written endpoint was seen to make, and what it does here. */
export const MISTAKES = {
  'reference as text/plain': { answer: (a) => void a.headers.set('content-type', 'text/plain') },
  'Retry-After not exposed': { answer: (a) => void a.headers.delete('access-control-expose-headers') },
  'CORS reflects any origin': { reflect: true },
  'CORS allows *': { answer: (a) => void a.headers.set('access-control-allow-origin', '*') },
  'settings headers not allowed': { answer: (a) => a.headers.has('access-control-allow-headers') && void a.headers.set('access-control-allow-headers', 'content-type, idempotency-key') },
  // Checks the key, then inserts, with nothing in between held: requests in flight together all look new.
  'idempotent one at a time only': { racy: true },
  'trap field ignored': { request: (r) => void (r.form.honeypot = '') },
  'no minimum time': { request: (r) => void (r.form.secondsToFill = 184) },
  'any comune accepted': { request: (r, comune) => void (r.comune = comune) },
};

/** The request's JSON (in a JSON body, or a multipart body's `request` part) changed by `change`: the new body and its type. */
async function rewrite(contentType, body, change) {
  if (/^application\/json/i.test(contentType)) {
    const json = JSON.parse(body.toString('utf8'));
    change(json);
    return { contentType, body: JSON.stringify(json) };
  }
  const form = await new Request('http://proxy.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
  const json = JSON.parse(await form.get('request').text());
  change(json);
  form.set('request', new Blob([JSON.stringify(json)], { type: 'application/json' }));
  const rebuilt = new Request('http://proxy.invalid/', { method: 'POST', body: form });
  return { contentType: rebuilt.headers.get('content-type'), body: Buffer.from(await rebuilt.arrayBuffer()) };
}

/** Starts the proxy in front of `target` (the receiver's base URL), whose comuni allow `allowedOrigin`. */
export async function startPlantedMistakes(target, allowedOrigin) {
  const { createServer } = await import('node:http');
  const inFlight = new Set();
  const server = createServer(async (req, res) => {
    try {
      const [, name, ...rest] = req.url.split('/');
      const mistake = MISTAKES[decodeURIComponent(name)];
      if (!mistake) return void res.writeHead(404).end();
      const path = `/${rest.join('/')}`;
      const comune = /^\/comuni\/([^/]+)\//.exec(path)?.[1];
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      let body = Buffer.concat(chunks);
      const headers = {};
      for (const name of ['content-type', 'idempotency-key', 'origin', 'accept', 'access-control-request-method', 'access-control-request-headers', 'x-csrf-token']) {
        if (req.headers[name] !== undefined) headers[name] = req.headers[name];
      }
      if (mistake.reflect && headers.origin) headers.origin = allowedOrigin;
      const key = headers['idempotency-key'];
      let racing = false;
      if (req.method === 'POST') {
        racing = mistake.racy && inFlight.has(key);
        const fresh = racing ? crypto.randomUUID() : undefined;
        if (mistake.request || racing) {
          ({ body, contentType: headers['content-type'] } = await rewrite(headers['content-type'], body, (r) => {
            mistake.request?.(r, comune);
            if (fresh) r.idempotencyKey = fresh;
          }));
          if (fresh) headers['idempotency-key'] = fresh;
        }
        if (mistake.racy) inFlight.add(key);
      }
      const answer = await fetch(target + path, { method: req.method, headers, body: req.method === 'POST' ? body : undefined }).finally(() => {
        if (mistake.racy && !racing) inFlight.delete(key);
      });
      const out = new Headers(answer.headers);
      out.delete('content-length');
      out.delete('content-encoding');
      out.delete('transfer-encoding');
      out.delete('connection');
      out.delete('keep-alive');
      if (mistake.reflect && req.headers.origin) out.set('access-control-allow-origin', req.headers.origin);
      mistake.answer?.({ headers: out });
      const text = await answer.text();
      res.writeHead(answer.status, Object.fromEntries(out));
      res.end(text);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (mistake, comune) => `http://127.0.0.1:${server.address().port}/${encodeURIComponent(mistake)}/comuni/${comune}/cie-requests`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

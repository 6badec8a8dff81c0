// Real HTTP endpoints served by the test runner itself, so some tests talk to a real
// server rather than a mock: a settings file whose fetches are counted.
const counts = new Map();

export async function testEndpoints(ctx, next) {
  if (ctx.path.startsWith('/test-api/settings/')) {
    const name = ctx.path.slice('/test-api/settings/'.length);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      id: 'esempio',
      name: 'Comune di Esempio',
      office: { name: `Ufficio servito da ${name}`, email: 'anagrafe@comune.esempio.it' },
      requests: { reprint: { channel: { type: 'appointment' } }, contactUpdate: { channel: { type: 'appointment' } } },
    });
    return;
  }
  if (ctx.path.startsWith('/test-api/fetch-count/')) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(ctx.path.slice('/test-api/fetch-count/'.length)) ?? 0 });
    return;
  }
  return next();
}

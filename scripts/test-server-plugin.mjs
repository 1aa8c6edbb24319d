/**
 * Test-only routes of the test runner's server (Koa middleware), for network
 * faults that a static file cannot produce:
 *   /__test/status/<code>   answers with that HTTP status
 *   /__test/slow/<ms>       answers `{"offerings":[]}` after <ms> milliseconds
 *   /__test/text            answers a body that is not JSON
 */
export async function testRoutes(ctx, next) {
  const m = /^\/__test\/(status|slow|text)(?:\/(\d+))?$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, n] = m;
  if (kind === 'status') {
    ctx.status = Number(n);
    ctx.body = 'status';
  } else if (kind === 'slow') {
    await new Promise((r) => setTimeout(r, Number(n)));
    ctx.type = 'application/json';
    ctx.body = '{"offerings":[]}';
  } else {
    ctx.type = 'text/html';
    ctx.body = '<html>not json</html>';
  }
}

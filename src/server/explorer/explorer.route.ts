import { Router } from 'express';
import { dirname, join } from 'node:path';
import { GRAPHIQL_START_SCRIPT, graphiqlPage, GraphiQLPageConfig } from './graphiql.page';

/** The files GraphiQL needs, from the installed packages: the page works with no internet. */
const inPackage = (name: string, file: string) =>
  join(dirname(require.resolve(`${name}/package.json`)), file);

const ASSETS: Readonly<Record<string, string>> = {
  'graphiql.min.css': inPackage('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': inPackage('graphiql', 'graphiql.min.js'),
  'react.production.min.js': inPackage('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': inPackage('react-dom', 'umd/react-dom.production.min.js'),
};

/** No inline script and nothing from elsewhere; GraphiQL's editors set inline styles. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL at /graphiql, an explorer that needs no internet (Apollo Sandbox, at /graphql, loads
 * from Apollo's CDN). Served only where introspection is on, as Sandbox is.
 */
export function explorerRouter(config: GraphiQLPageConfig): Router {
  const router = Router();
  const page = graphiqlPage(config);
  router.get('/graphiql', (_req, res) => {
    res.set('content-security-policy', CONTENT_SECURITY_POLICY);
    res.set('cache-control', 'no-store');
    res.type('html').send(page);
  });
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('js').send(GRAPHIQL_START_SCRIPT);
  });
  router.get('/graphiql/assets/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}

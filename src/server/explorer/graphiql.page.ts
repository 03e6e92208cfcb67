/** What the GraphiQL page needs to know, given to it as JSON in a meta tag (no inline script). */
export interface GraphiQLPageConfig {
  /** The Authorization header the editor starts with (the demo partner's key); null for none. */
  authorization: string | null;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function graphiqlPage(config: GraphiQLPageConfig): string {
  const headers = config.authorization ? { Authorization: config.authorization } : {};
  const json = JSON.stringify({
    headers: JSON.stringify(headers, null, 2),
    authorization: config.authorization,
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Atlas payment gateway · GraphiQL</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="graphiql-config" content="${escapeAttribute(json)}" />
    <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/assets/react.production.min.js"></script>
    <script src="/graphiql/assets/react-dom.production.min.js"></script>
    <script src="/graphiql/assets/graphiql.min.js"></script>
    <script src="/graphiql/assets/start.js"></script>
  </body>
</html>
`;
}

/**
 * Runs in the browser: queries and mutations over HTTP with the headers in the editor;
 * subscriptions over graphql-ws on the same origin, whose credential goes in connection_init
 * (GraphiQL does not send its header editor there), so they use the page's starting credential.
 */
export const GRAPHIQL_START_SCRIPT = `(() => {
  const config = JSON.parse(document.querySelector('meta[name="graphiql-config"]').content);
  const origin = window.location.origin;
  const fetcher = GraphiQL.createFetcher({
    url: origin + '/graphql',
    subscriptionUrl: origin.replace(/^http/, 'ws') + '/graphql',
    wsConnectionParams: config.authorization ? { authorization: config.authorization } : {},
  });
  const query = new URLSearchParams(window.location.search).get('query');
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      ...(query ? { defaultQuery: query, query } : {}),
      defaultHeaders: config.headers,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
`;

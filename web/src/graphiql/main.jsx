// The GraphQL IDE: GraphiQL 4, bundled and served by the service itself (nothing is loaded from elsewhere).
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { parse } from 'graphql';
import 'graphiql/style.css';
import { exampleTabs } from './examples.js';

// Sends the operation to this service's endpoint with the headers of the IDE's header tab (an API key
// or bearer token for a broker's edits). Every answer of the endpoint is JSON, errors included.
async function fetcher(params, options) {
  // GraphiQL 4 can send the previous tab's operationName for a moment after a tab switch or an edit: keep it
  // only when the document defines an operation of that name (a document with one operation needs none).
  let body = params;
  if (params.operationName) {
    try {
      const names = parse(params.query).definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => d.name?.value);
      if (!names.includes(params.operationName)) body = { ...params, operationName: names.length === 1 ? undefined : params.operationName };
    } catch {
      // Unparsable: the service answers with the parse error.
    }
  }
  const response = await fetch(new URL('/graphql', window.location.href), {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

// A shared link may carry ?query=...&variables=...&operationName=... (the GraphQL GET parameters): it opens in a new tab.
const params = new URLSearchParams(window.location.search);

function App() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={exampleTabs}
      query={params.get('query') ?? undefined}
      variables={params.get('variables') ?? undefined}
      defaultEditorToolsVisibility
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <span className="gosmart-logo"><a href="/" title="Open the network explorer">GoSmart Graph</a></span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')).render(<App />);

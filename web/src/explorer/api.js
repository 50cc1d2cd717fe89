// The GraphQL calls the explorer makes, to this service's own endpoint.

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const KEY_STORAGE = 'gosmart.apiKey';

/** The API key the explorer sends (`X-Api-Key`), kept in the tab's session storage, never in the URL. */
export function apiKey() {
  return window.sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key) {
  if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
  else window.sessionStorage.removeItem(KEY_STORAGE);
}

/** Runs one operation; throws ApiError with the first error's message and extensions.code. */
export async function gql(query, variables = {}, signal = undefined) {
  let response;
  const headers = { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' };
  const key = apiKey();
  if (key) headers['x-api-key'] = key;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The service did not answer; is it still running?', 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without a GraphQL result.`, 'HTTP');
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  }
  return body.data;
}

export const queries = {
  domains: `query ExplorerDomains { s3Domains { id name } }`,
  search: `query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) { id name country kind region { name } }
  }`,
  actor: `query ExplorerActor($id: ID!) { actor(id: $id) { id name country kind region { name } } }`,
  network: `query ExplorerNetwork($center: ID!, $depth: Int!, $limit: Int!, $filter: ActorFilter) {
    network(center: $center, depth: $depth, limit: $limit, filter: $filter) {
      truncated
      center { id name }
      nodes { id label kind country regionId degree depth strength }
      edges { source target weight relation firstYear lastYear declared }
    }
  }`,
  paths: `query ExplorerPaths($from: ID!, $to: ID!, $k: Int!, $constraints: PathConstraints) {
    paths(from: $from, to: $to, k: $k, maxHops: 6, constraints: $constraints) {
      hops countries borderCrossings weakestLink totalStrength
      actors { id name country kind }
      steps {
        from { id name country kind }
        to { id name country kind }
        relation
        collaboration {
          weight firstYear lastYear declared sharedProjectCount
          evidence(first: 5) { id acronym title startDate url }
        }
      }
    }
  }`,
  details: `query ExplorerDetails($id: ID!) {
    actor(id: $id) {
      id name kind country city website degree projectCount
      region { name }
      s3Domains { name }
    }
  }`,
  connectors: `query ExplorerConnectors($from: GroupInput!, $to: GroupInput!) {
    connectors(from: $from, to: $to, first: 10) {
      actor { id name country kind region { name } }
      tiesFrom tiesTo pairsConnected score
    }
  }`,
  suggestions: `query ExplorerSuggestions($actor: ID!, $filter: SuggestionFilter) {
    partnerSuggestions(actor: $actor, first: 8, filter: $filter) {
      actor { id name country kind region { name } }
      score commonPartners reasons
    }
  }`,
  matrix: `query ExplorerMatrix($groupBy: GroupBy!, $s3Domain: ID) {
    regionMatrix(groupBy: $groupBy, s3Domain: $s3Domain) { from to collaborations actorPairs }
    regions { id code name }
  }`,
};

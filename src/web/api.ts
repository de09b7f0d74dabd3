// The page's GraphQL client: typed documents from codegen, POSTed to the API
// the page is served by. With READ_TOKENS set the API answers 401; the user
// enters a token once and it is kept for the browser session (sessionStorage).
import type { TypedDocumentString } from './generated/graphql.js';

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'police-kg.explorer.token';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One prompt at a time, however many requests were refused meanwhile. */
let asking: Promise<string> | null = null;

function askForToken(rejected: boolean): Promise<string> {
  asking ??= new Promise<string>((resolve) => {
    const dialog = document.getElementById('token-dialog') as HTMLDialogElement;
    const input = dialog.querySelector('input')!;
    dialog.querySelector<HTMLElement>('.token-rejected')!.hidden = !rejected;
    input.value = '';
    dialog.addEventListener(
      'close',
      () => {
        asking = null;
        resolve(input.value.trim());
      },
      { once: true },
    );
    dialog.showModal();
  });
  return asking;
}

/** `fetch` with the session's token, asking for one (again) while the API answers 401. */
export async function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const response = await fetch(url, { ...init, headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    if (response.status !== 401) return response;
    sessionStorage.setItem(TOKEN_KEY, await askForToken(token !== null));
  }
}

export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetchWithToken(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!response.ok || !body.data) throw new ApiError(`the API answered HTTP ${response.status}`, undefined);
  return body.data;
}

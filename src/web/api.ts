// The page's GraphQL client: typed documents from codegen, POSTed to the API
// the page is served by. With READ_TOKENS set the API answers reads with 401;
// corrections always need a token of INGEST_TOKENS. The user enters each token
// once and it is kept for the browser session (sessionStorage).
import type { TypedDocumentString } from './generated/graphql.js';

const ENDPOINT = '/graphql';

/** What a token is asked for: reading the graph, or correcting it (a write token also reads, but is only sent with corrections). */
export type TokenUse = 'read' | 'write';
const TOKEN_KEYS: Record<TokenUse, string> = { read: 'police-kg.explorer.token', write: 'police-kg.explorer.write-token' };

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One prompt per use at a time, however many requests were refused meanwhile; one dialog on screen. */
const asking = new Map<TokenUse, Promise<string>>();
let dialogFree: Promise<unknown> = Promise.resolve();

/** The token the user entered; '' when they closed the dialog without one. */
function askForToken(use: TokenUse, rejected: boolean): Promise<string> {
  let pending = asking.get(use);
  if (!pending) {
    pending = dialogFree.then(() => showTokenDialog(use, rejected)).finally(() => asking.delete(use));
    asking.set(use, pending);
    dialogFree = pending;
  }
  return pending;
}

function showTokenDialog(use: TokenUse, rejected: boolean): Promise<string> {
  return new Promise<string>((resolve) => {
    const dialog = document.getElementById('token-dialog') as HTMLDialogElement;
    const input = dialog.querySelector('input')!;
    dialog.querySelector<HTMLElement>('.token-rejected')!.hidden = !rejected;
    for (const p of dialog.querySelectorAll<HTMLElement>('[data-use]')) p.hidden = p.dataset.use !== use;
    input.value = '';
    // Set by the form's button; left empty by Escape.
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue ? input.value.trim() : ''), { once: true });
    dialog.showModal();
  });
}

/** `fetch` with the session's read token, asking for one (again) while the API answers 401. */
export async function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const token = sessionStorage.getItem(TOKEN_KEYS.read);
    const response = await fetch(url, withToken(init, token));
    if (response.status !== 401) return response;
    sessionStorage.setItem(TOKEN_KEYS.read, await askForToken('read', token !== null));
  }
}

const withToken = (init: RequestInit, token: string | null): RequestInit => ({
  ...init,
  headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
});

/**
 * A mutation with the session's write token (at first its read token: an ingest
 * token also reads). Refused as UNAUTHENTICATED or FORBIDDEN, it asks for a token
 * allowed to correct and tries again; when the user gives none, the refusal stands.
 */
async function fetchWithWriteToken(url: string, init: RequestInit): Promise<Response> {
  for (;;) {
    const token = sessionStorage.getItem(TOKEN_KEYS.write);
    const response = await fetch(url, withToken(init, token ?? sessionStorage.getItem(TOKEN_KEYS.read)));
    if (response.status !== 401 && response.status !== 403) return response;
    const entered = await askForToken('write', token !== null);
    if (!entered) return response;
    sessionStorage.setItem(TOKEN_KEYS.write, entered);
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  use: TokenUse = 'read',
): Promise<TResult> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  };
  const response = await (use === 'write' ? fetchWithWriteToken(ENDPOINT, init) : fetchWithToken(ENDPOINT, init));
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (body.errors?.length || !response.ok || !body.data) throw refusal(response, body);
  return body.data;
}

/** What the API said when it refused (its answers are GraphQL-shaped JSON, the export's too), or the HTTP status. */
export function refusal(response: Response, body: GraphQLResponse<unknown>): ApiError {
  const error = body.errors?.[0];
  return error ? new ApiError(error.message, error.extensions?.code) : new ApiError(`the API answered HTTP ${response.status}`, undefined);
}

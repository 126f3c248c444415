import { createHttpClient } from '../../src/api/http-client.js';

/** A `fetch` whose answers a test scripts, recording every request it is given. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
  signal: AbortSignal;
}

export type Answer = (request: SentRequest) => Response | Promise<Response>;

export interface FakeFetch {
  fetch: typeof fetch;
  requests: SentRequest[];
}

/** Answers the n-th request with the n-th answer, and every later one with the last. */
export function fakeFetch(...answers: Answer[]): FakeFetch {
  const requests: SentRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      signal: init.signal!,
    };
    requests.push(request);
    const answer = answers[Math.min(requests.length, answers.length) - 1]!;
    return answer(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** The real HTTP client over a `fetch` that gives `answers` in turn. */
export const httpClientAnswering = (...answers: Answer[]) =>
  createHttpClient({ baseUrl: '/api/2fa', fetch: fakeFetch(...answers).fetch });

export const json =
  (body: unknown, status = 200, headers: HeadersInit = {}): Answer =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

export const raw =
  (body: string, status = 200, headers: HeadersInit = {}): Answer =>
  () =>
    new Response(body, { status, headers });

export const errorBody = (
  code: string,
  extra: Record<string, unknown> = {},
  status = 400,
  headers: HeadersInit = {},
) => json({ error: { code, ...extra } }, status, headers);

/** The network is down. */
export const offline: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

/** A server that never answers, but stops waiting when the request is aborted, as `fetch` does. */
export const hang: Answer = ({ signal }) =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

/** Headers arrive, the body never does. */
export const stall: Answer = () =>
  new Response(new ReadableStream({ start() {} }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

/** What a promise rejected with; fails the test if it fulfilled. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it fulfilled');
}

// A graphql-transport-ws client for the tests, authenticated like an integration would be.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export function wsClient(baseUrl: string, token?: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    // A dropped connection (a loaded CI machine) is retried as a front end would; the subscription
    // sends the current state first, so nothing is lost. Refusals (4xxx closes) are not retried.
    retryAttempts: 3,
    lazy: true,
  });
}

/** Collects the results of one subscription until it completes (or fails). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>): { done: Promise<T[]>; values: T[] } {
  const values: T[] = [];
  const done = new Promise<T[]>((resolve, reject) => {
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) reject(new Error(JSON.stringify(value.errors)));
          else values.push(value.data as T);
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(values),
      },
    );
  });
  return { done, values };
}

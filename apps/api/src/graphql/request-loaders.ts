// Per-request DataLoaders: a field that loads children per parent (a submission's reviews, in
// a report listing every submission) asks one loader, which batches the keys of all parents into
// one query. Loaders live on the GraphQL context object, which exists once per HTTP request, so
// nothing is cached across requests or callers. (Subscriptions expose no such field.)
import DataLoader from 'dataloader';

const byContext = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The loader `name` of this request, made with `batch` on first use. `batch` receives the keys
 * of one tick and returns one value per key, in the same order.
 */
export function requestLoader<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = byContext.get(context);
  if (!loaders) {
    loaders = new Map();
    byContext.set(context, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

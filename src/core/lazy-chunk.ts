/**
 * A lazy chunk's loader: the dynamic import runs once and is shared; after a failed fetch (the
 * network, a blocked file) the next call tries again rather than keep the failure.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

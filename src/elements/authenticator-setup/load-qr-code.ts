type QrModule = typeof import('./qr-code.js');

let loading: Promise<QrModule> | undefined;

/** Fetches the QR-code chunk once; after a failed fetch, the next call tries again. */
export function loadQrCode(): Promise<QrModule> {
  loading ??= import('./qr-code.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

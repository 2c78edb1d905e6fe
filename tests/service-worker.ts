// Helpers for the service-worker tests (offline.spec.ts, update.spec.ts).

/** Runs in the page: waits until the service worker is active, and returns its state. */
export async function activated() {
  const worker = (await navigator.serviceWorker.ready).active!;
  if (worker.state === 'activating') await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
  return worker.state;
}

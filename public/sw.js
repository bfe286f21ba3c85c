// Keeps the app's own static files for offline use. Never answers: the app
// sends none. Only the files listed here are ever cached, only inside
// waitUntil, and never a response to any other request (nor one with a
// query string). Network first, so a new version is picked up as soon as
// there is a connection; the cache is the fallback when there is none.
// "Forget everything" unregisters this worker and deletes its cache; the
// cache is then only refreshed if it still exists, so it is not remade.
const CACHE = 'wegwijzer-app-v1';
const FILES = [
  './', 'index.html', 'boot.js', 'wegwijzer.js', 'wegwijzer_bg.wasm', 'style.css',
  'icon.svg', 'neutral.svg', 'icon-192.png', 'icon-512.png', 'manifest.webmanifest', 'exit.html',
];
const LISTED = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Anything not listed goes to the network as if there were no worker.
  if (request.method !== 'GET' || !LISTED.has(request.url)) return;
  const fresh = fetch(request, { cache: 'no-cache' });
  event.waitUntil(
    fresh
      .then(async (response) => {
        if (response.ok && await caches.has(CACHE)) await (await caches.open(CACHE)).put(request, response.clone());
      })
      .catch(() => {}),
  );
  event.respondWith(fresh.then((r) => r.clone()).catch(() => caches.match(request)));
});

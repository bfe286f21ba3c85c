// Keeps the app's own static files for offline use. Never answers: the app
// sends none, and this worker caches only GET requests for the files below.
// Network first, so a new version is picked up as soon as there is a
// connection; the cache is the fallback when there is none.
const CACHE = 'wegwijzer-app-v1';
const FILES = [
  './', 'index.html', 'boot.js', 'wegwijzer.js', 'wegwijzer_bg.wasm', 'style.css',
  'icon.svg', 'neutral.svg', 'icon-192.png', 'icon-512.png', 'manifest.webmanifest', 'exit.html',
  // Every language but Dutch (compiled in), fetched after the first screen.
  ...['en', 'ar', 'ti', 'tr', 'fa', 'prs', 'so', 'fr', 'ps', 'ckb', 'kmr', 'am', 'ru', 'ka', 'es'].map((c) => `locales/${c}.ftl`),
];

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
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(event.request, { cache: 'no-cache' })
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((c) => c.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })),
  );
});

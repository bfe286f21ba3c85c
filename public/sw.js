// The app's own files for offline use, never answers: only the listed files
// are cached, inside waitUntil. Network first, so a new version is picked up
// at once. A cache removed by "Forget everything" is not made again.
const CACHE = 'wegwijzer-app-v1';
const FILES = [
  './', 'index.html', 'boot.js', 'wegwijzer.js', 'wegwijzer_bg.wasm', 'style.css',
  'icon.svg', 'neutral.svg', 'icon-192.png', 'icon-512.png', 'manifest.webmanifest', 'exit.html',
  // Every language but Dutch (compiled in), fetched after the first screen:
  // scripts/post-build.mjs puts in the codes of the files it writes.
  ...[/* LANGUAGES */].map((c) => `locales/${c}.ftl`),
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

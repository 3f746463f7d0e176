// `npm start`: builds what is missing, then starts the reference host app on the embedded store
// (see packages/server/README.md for PORT, HOST, DUIKIT_DATA_DIR, DUIKIT_SECRET and
// DUIKIT_DATABASE_URL / `--store postgres://…` for PostgreSQL).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = (args) =>
  execFileSync(process.execPath, ['scripts/build.mjs', ...args], { stdio: 'inherit', cwd: root });
const entry = new URL('../packages/server/dist/index.js', import.meta.url).href;

// `npm start -- --store postgres://…` runs on PostgreSQL (the same as DUIKIT_DATABASE_URL).
const storeAt = process.argv.indexOf('--store');
if (storeAt >= 0) {
  const url = process.argv[storeAt + 1];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('--store takes a PostgreSQL URL: npm start -- --store postgres://user@host:5432/db');
    process.exit(2);
  }
  process.env.DUIKIT_DATABASE_URL = url;
}

build(['--if-missing']);
let server = await import(entry);
if (typeof server.main !== 'function') {
  // A dist from before the server existed (an old checkout): rebuild everything once.
  console.log('The server build is out of date: rebuilding…');
  build([]);
  server = await import(`${entry}?rebuilt=${Date.now()}`);
}
await server.main();

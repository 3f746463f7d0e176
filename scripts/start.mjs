// `npm start`: builds what is missing, then starts the reference host app on the embedded store.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs', '--if-missing'], { stdio: 'inherit' });
const entry = 'packages/server/dist/main.js';
if (!existsSync(entry)) {
  console.log(
    'The reference host app is not built yet (issue: "Reference host app and HTTP server").\n' +
      'Everything else is built; run `npm test` to check the workspace.',
  );
  process.exit(0);
}
await import(new URL(`../${entry}`, import.meta.url).href);

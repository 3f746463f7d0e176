/**
 * Static files: the reference host app (`public/`) at `/`, and the elements' single-file bundle
 * at `/vendor/duikit.min.js`. Both are same-origin, as the strict CSP (`script-src 'self'`) needs.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where the host app and the bundle live, from this module (`src/` or `dist/`, same depth). */
export function defaultAssetDirs(): { publicDir: string; componentsDir: string } {
  const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return {
    publicDir: resolve(packageDir, 'public'),
    // In the workspace and once installed, @duikit/components sits next to @duikit/server.
    componentsDir: resolve(packageDir, '..', 'components', 'dist'),
  };
}

/**
 * Serves the host app and the bundle. Only the bundle and its source map are exposed from the
 * components folder, not the rest of its `dist/`.
 *
 * @example
 * await registerStatic(app, defaultAssetDirs());
 */
export async function registerStatic(
  app: FastifyInstance,
  dirs: { publicDir: string; componentsDir: string },
): Promise<void> {
  await app.register(fastifyStatic, { root: dirs.publicDir, prefix: '/', index: ['index.html'] });
  for (const file of [
    'duikit.min.js',
    'duikit.min.js.map',
    'duikit-validators.min.js',
    'duikit-validators.min.js.map',
  ]) {
    app.get(`/vendor/${file}`, { schema: { hide: true } }, (_request, reply) =>
      reply.sendFile(file, dirs.componentsDir, { cacheControl: false }),
    );
  }
}

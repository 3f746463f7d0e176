/**
 * Reading packed tarballs: extraction, the files of an `exports` map, and the source maps whose
 * sources are neither inlined nor shipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Extracts a tarball into `dir` (npm packs everything under `package/`); returns that folder. */
export function extract(tarball: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}

/** Every file under `dir`, relative to it, `/`-separated. */
export function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesOf(p, base) : [relative(base, p).split('\\').join('/')];
  });
}

type ExportTarget = string | { [condition: string]: string };

/**
 * The files an `exports` map promises (every condition but `source`, which names the
 * repository's TypeScript), with `*` patterns expanded against the files present.
 */
export function exportedFiles(exportsMap: Record<string, ExportTarget>, files: string[]): string[] {
  const out: string[] = [];
  for (const target of Object.values(exportsMap)) {
    const paths =
      typeof target === 'string'
        ? [target]
        : Object.entries(target)
            .filter(([c]) => c !== 'source')
            .map(([, p]) => p);
    for (const p of paths.map((x) => x.replace(/^\.\//, ''))) {
      if (!p.includes('*')) out.push(p);
      else {
        // Each `*` stands for the same text (`dist/dui-*/dui-*.d.ts`).
        const [first, ...rest] = p.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
        const re = new RegExp(`^${first}([^/]+)${rest.join('\\1')}$`);
        const hits = files.filter((f) => re.test(f));
        out.push(...(hits.length ? hits : [p]));
      }
    }
  }
  return out;
}

/** `<map>: <source>` for each source of each `.map` under `dir` that is neither inlined nor shipped. */
export function unresolvedSources(dir: string): string[] {
  const problems: string[] = [];
  for (const file of filesOf(dir).filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    map.sources.forEach((source, i) => {
      if (typeof map.sourcesContent?.[i] === 'string') return;
      const shipped = resolve(dirname(join(dir, file)), source);
      if (!shipped.startsWith(dir) || !existsSync(shipped)) problems.push(`${file}: ${source}`);
    });
  }
  return problems;
}

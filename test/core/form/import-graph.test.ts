// The form model's modules form no import circle (type imports and dynamic imports included),
// nor do the element's form modules, and the model imports no lit, no DOM and no element code.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier of a file: static, type-only, re-exports and dynamic `import()`. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The strongly connected components of more than one file (import circles). */
function circles(dir: string): string[][] {
  const all = files(dir);
  const graph = new Map(
    all.map((f) => [
      f,
      specifiers(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(dirname(f), s.replace(/\.js$/, '.ts')))
        .filter((t) => all.includes(t)),
    ]),
  );
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of graph.get(v)!) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        scc.push(relative(dir, w));
      } while (w !== v);
      if (scc.length > 1) out.push(scc);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('import graph of the form code', () => {
  it('finds circles where there are some (the check itself works), type imports included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duikit-graph-'));
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
    writeFileSync(join(dir, 'b.ts'), "export type B = 1;\nexport const load = () => import('./a.js');\n");
    expect(circles(dir)).toEqual([['b.ts', 'a.ts']]);
  });

  it('has no circle in @duikit/core/form nor in the element form code', () => {
    expect(circles(join(root, 'packages/core/src/form'))).toEqual([]);
    expect(circles(join(root, 'packages/components/src/form'))).toEqual([]);
  });

  it('keeps the model free of lit, the DOM and the element', () => {
    for (const f of files(join(root, 'packages/core/src/form'))) {
      const bad = specifiers(f).filter((s) => /^(lit|@lit\/|@duikit\/components|node:)/.test(s));
      expect(bad, relative(root, f)).toEqual([]);
    }
  });
});

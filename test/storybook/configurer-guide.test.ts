/**
 * The French configurators' guide (« Configurer un établissement ») runs as written: each file it
 * shows is written where its title says, each command runs in a fresh folder (`npx duikit …`
 * through the CLI's own entry point), and each output block that follows commands is exactly what
 * they printed. A guide that drifts from the product fails here.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferIo, main } from '@duikit/cli';

const guide = readFileSync('stories/docs/ConfigurerUnEtablissement.mdx', 'utf8');
const blocks = [...guide.matchAll(/```(\w+)([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1],
  title: /title="([^"]+)"/.exec(m[2])?.[1],
  body: m[3],
}));
const dir = mkdtempSync(join(tmpdir(), 'duikit-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command line of the guide in `dir`; returns what it printed (stderr, then stdout). */
async function runLine(line: string): Promise<{ code: number; printed: string }> {
  if (!line.startsWith('npx duikit ')) {
    execSync(line, { cwd: dir, stdio: 'ignore' });
    return { code: 0, printed: '' };
  }
  const io = bufferIo();
  const here = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(line.slice('npx duikit '.length).split(/\s+/), io);
    return { code, printed: io.stderr + io.stdout };
  } finally {
    process.chdir(here);
  }
}

describe('Configurer un établissement (guide)', () => {
  it('has files, commands and the outputs they print', () => {
    expect(blocks.filter((b) => b.title).length).toBeGreaterThanOrEqual(6);
    expect(blocks.filter((b) => b.lang === 'sh').length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((b) => b.lang === 'text').length).toBeGreaterThanOrEqual(4);
  });

  it('runs every step as written, each output as quoted', async () => {
    let printed = '';
    let ran = 0;
    for (const b of blocks) {
      if (b.lang === 'json' && b.title) {
        mkdirSync(join(dir, dirname(b.title)), { recursive: true });
        writeFileSync(join(dir, b.title), b.body);
      } else if (b.lang === 'sh') {
        printed = '';
        for (const line of b.body.split('\n').filter((l) => l.trim())) {
          const r = await runLine(line.trim());
          printed += r.printed;
          ran++;
        }
      } else if (b.lang === 'text') {
        expect(printed, `output after the commands before:\n${b.body}`).toBe(b.body);
        printed = '';
      }
    }
    expect(ran).toBeGreaterThanOrEqual(6);
  });
});

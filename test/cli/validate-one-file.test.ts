/**
 * Issue 14, point 12: `duikit validate <file>` reads what is named, plus the forms and bases it
 * declares — nothing else beside it. A link to /dev/zero (endless), a FIFO (blocks on open) and a
 * huge file sit beside the file under their most tempting names; the command runs in its own
 * process with a timeout, so a hang is a failure, not a stuck test run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../packages/cli/bin/duikit.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duikit-one-file-'));
  mkdirSync(join(dir, 'forms'));
  mkdirSync(join(dir, 'variants'));
  writeFileSync(
    join(dir, 'admission.workflow.json'),
    readFileSync('workflows/admission.workflow.json', 'utf8'),
  );
  // Beside it, under names a careless reader would open: endless, blocking, or unrelated.
  for (const name of ['zero.json', 'other.workflow.json', 'variants/zero.json', 'forms/unused.form.json'])
    symlinkSync('/dev/zero', join(dir, name));
  spawnSync('mkfifo', [join(dir, 'fifo.workflow.json')]);
  spawnSync('mkfifo', [join(dir, 'forms', 'fifo.form.json')]);
  writeFileSync(join(dir, 'big.json'), '['.repeat(1_000_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duikit validate <file> reads only what is named and what it declares', () => {
  it('validates the named workflow in its own process without hanging on what lies beside it', () => {
    const r = spawnSync(process.execPath, [BIN, 'validate', join(dir, 'admission.workflow.json')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    // Killed by the timeout, the process would have no status and a signal.
    expect(r.signal, r.stderr).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 /);
  });

  it('refuses a declared form that is a link to /dev/zero, naming it, without reading it', () => {
    const doc = JSON.parse(readFileSync('workflows/admission.workflow.json', 'utf8'));
    doc.id = 'admission-zero';
    doc.states.preAdmission.states.request.task.form = 'unused@1.0.0';
    writeFileSync(join(dir, 'admission-zero.workflow.json'), JSON.stringify(doc));
    const r = spawnSync(process.execPath, [BIN, 'validate', join(dir, 'admission-zero.workflow.json')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unused@1.0.0');
  });
});

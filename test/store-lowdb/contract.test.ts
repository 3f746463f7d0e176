import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createLowdbStore } from '@duikit/store-lowdb';
import { storeContract } from '../core/store/store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'duikit-lowdb-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

// Small segments, so that pruning and reading across segment files are exercised.
storeContract('lowdb', () => createLowdbStore({ dir: join(root, String(n++)), auditSegmentSize: 3 }), {
  prunesWholeSegments: true,
});

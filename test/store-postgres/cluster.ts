/**
 * A real PostgreSQL for the tests: a throwaway cluster per test file (scripts/postgres.mjs),
 * never a mock and never a system service.
 */
import { afterAll, beforeAll } from 'vitest';
import { createPostgresStore, type PostgresStoreOptions } from '@duikit/store-postgres';
// @ts-expect-error: a plain ESM script without declarations
import { startTemporaryCluster } from '../../scripts/postgres.mjs';

interface Cluster {
  url: string;
  stop(): void;
}

/**
 * Starts a cluster before the file's tests and stops it after them; `open` gives a store in a
 * fresh schema each time (tests never see each other's rows).
 *
 * @example
 * const pg = useCluster();
 * storeContract('postgres', () => pg.open());
 */
export function useCluster() {
  let cluster: Cluster | undefined;
  let n = 0;
  beforeAll(async () => {
    cluster = (await startTemporaryCluster()) as Cluster;
  }, 120_000);
  afterAll(() => cluster?.stop());
  return {
    get url() {
      if (!cluster) throw new Error('the cluster is not started yet (call inside a test)');
      return cluster.url;
    },
    open(opts: Partial<PostgresStoreOptions> = {}) {
      return createPostgresStore({ url: this.url, schema: `t${process.pid}_${n++}`, max: 4, ...opts });
    },
  };
}

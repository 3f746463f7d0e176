import { storeContract } from '../core/store/store-contract.js';
import { useCluster } from './cluster.js';

const pg = useCluster();
storeContract('postgres', () => pg.open());

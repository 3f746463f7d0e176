import { createMemoryStore } from '@duikit/core';
import { storeContract } from './store-contract.js';

storeContract('memory', async () => createMemoryStore());

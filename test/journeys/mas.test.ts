/** Generated journeys of every workflow the reference app offers a MAS (ADR 0019). */
import { defineJourneys } from './harness/define.js';

defineJourneys('mas');

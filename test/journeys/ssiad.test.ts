/** Generated journeys of every workflow the reference app offers a SSIAD (ADR 0019). */
import { defineJourneys } from './harness/define.js';

defineJourneys('ssiad');

/** Generated journeys of every workflow the reference app offers an EHPAD (ADR 0019). */
import { defineJourneys } from './harness/define.js';

defineJourneys('ehpad');

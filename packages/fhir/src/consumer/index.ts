/** `@duikit/fhir/consumer`: the TDDUI consumer simulator (Node) and the client that talks to a consumer. */
export { createTdduiConsumer, type CreatedResources } from './server.js';
export { sendTdduiBundle, describeConsumerResult, type ConsumerResult } from './client.js';
export { toOperationOutcome, type OperationOutcome, type OutcomeIssue } from './outcome.js';

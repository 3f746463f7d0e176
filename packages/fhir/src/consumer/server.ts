/**
 * A TDDUI consumer simulator: what a third-party system receiving DUI data does, for tests and
 * demos. `POST /` takes a transaction Bundle, validates it with the same profiles as the export,
 * and answers a transaction-response (201 per entry) or an OperationOutcome — creating nothing.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { validateTddui } from '../validate/validate.js';
import { toOperationOutcome } from './outcome.js';

interface Entry {
  fullUrl?: string;
  resource?: { resourceType?: string; id?: string };
}

/** What the simulator accepted, by `Type/id`. */
export type CreatedResources = Map<string, unknown>;

/**
 * Builds the simulator (call `listen` on it, port 0 in tests).
 *
 * @example
 * const consumer = createTdduiConsumer();
 * await consumer.app.listen({ port: 0, host: '127.0.0.1' });
 */
export function createTdduiConsumer(): { app: FastifyInstance; created: CreatedResources } {
  const app = Fastify({ logger: false, bodyLimit: 50 * 1024 * 1024 });
  const created: CreatedResources = new Map();
  app.addContentTypeParser(['application/fhir+json'], { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (e) {
      (e as { statusCode?: number }).statusCode = 400;
      done(e as Error, undefined);
    }
  });
  const fhir = 'application/fhir+json; charset=utf-8';
  app.post('/', async (req, reply) => {
    const locale = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'fr';
    const bundle = req.body as { resourceType?: string; type?: string; entry?: Entry[] } | undefined;
    if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'transaction')
      return reply
        .code(400)
        .type(fhir)
        .send({
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'invalid',
              diagnostics:
                locale === 'fr'
                  ? 'Le flux TDDUI attend un Bundle de type transaction.'
                  : 'The TDDUI flow expects a transaction Bundle.',
              expression: ['Bundle.type'],
            },
          ],
        });
    const report = await validateTddui(bundle);
    if (!report.valid)
      return reply
        .code(422)
        .type(fhir)
        .send(
          toOperationOutcome(
            report.issues.filter((i) => i.severity === 'error'),
            locale,
          ),
        );
    // All or nothing: the resources are created only once the whole Bundle passed.
    const entry = (bundle.entry ?? []).map((e) => {
      const id = crypto.randomUUID();
      const type = e.resource?.resourceType ?? 'Resource';
      created.set(`${type}/${id}`, { ...e.resource, id });
      return { response: { status: '201 Created', location: `${type}/${id}/_history/1` } };
    });
    return reply.code(200).type(fhir).send({ resourceType: 'Bundle', type: 'transaction-response', entry });
  });
  app.get('/:type/:id', async (req, reply) => {
    const { type, id } = req.params as { type: string; id: string };
    const found = created.get(`${type}/${id}`);
    return found
      ? reply.type(fhir).send(found)
      : reply
          .code(404)
          .type(fhir)
          .send({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
  });
  return { app, created };
}

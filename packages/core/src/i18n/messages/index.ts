/**
 * The core catalogue, merged from one file per area. Each area owns its own file
 * (`validation.ts`, `workflow.ts`, `engine.ts`, …): add a file and list it here.
 */
import { mergeCatalogues, type MessageCatalogue } from '../locale.js';
import { backend } from './backend.js';
import { common } from './common.js';
import { server } from './server.js';
import { engine } from './engine.js';
import { law } from './law.js';
import { validation } from './validation.js';
import { workflow } from './workflow.js';

const areas: MessageCatalogue[] = [common, server, engine, law, validation, workflow, backend];

/** Every core message, by locale. */
export const messages: MessageCatalogue = {
  fr: mergeCatalogues(areas.map((a) => a.fr)),
  en: mergeCatalogues(areas.map((a) => a.en)),
};

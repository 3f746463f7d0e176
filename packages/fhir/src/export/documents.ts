/**
 * Documents as `tddui-document-reference` (IHE MHD Simplified Publish: the bytes travel in
 * `content.attachment.data`). A document whose bytes the host cannot give is listed, not sent.
 */
import type { DuiDocument } from '@duikit/core';
import { clean, type BundleBuilder } from './context.js';
import { addProfessional } from './organization.js';

/** The host's hook that returns a document's bytes (base64), e.g. from its document store. */
export type DocumentContent = (
  doc: DuiDocument,
) =>
  | { contentType: string; data: string }
  | undefined
  | Promise<{ contentType: string; data: string } | undefined>;

const STATUS = { superseded: 'superseded', enteredInError: 'entered-in-error' } as Record<string, string>;

/**
 * Adds one DocumentReference per document whose content is known.
 *
 * @example
 * await addDocuments(b, file.documents ?? [], async (doc) => ({ contentType: 'application/pdf', data: await readBase64(doc) }));
 */
export async function addDocuments(
  b: BundleBuilder,
  documents: DuiDocument[],
  content?: DocumentContent,
): Promise<void> {
  for (const [i, doc] of documents.entries()) {
    const bytes = doc.content?.data
      ? { contentType: doc.content.contentType, data: doc.content.data }
      : await content?.(doc);
    if (!bytes) {
      b.skip(`/documents/${i}`, 'not-mapped', {
        fr: 'Contenu du document non disponible : le profil exige les octets (content.attachment.data) ; fournir l’option documentContent.',
        en: 'Document content not available: the profile requires the bytes (content.attachment.data); pass the documentContent option.',
      });
      continue;
    }
    b.add(
      `document:${doc.id}`,
      clean({
        resourceType: 'DocumentReference',
        status: STATUS[doc.status] ?? 'current',
        docStatus: doc.status === 'draft' ? 'preliminary' : 'final',
        type: doc.typeCode ? { coding: [doc.typeCode] } : { text: doc.type },
        subject: b.ref('patient'),
        date: doc.createdAt,
        author: [addProfessional(b, doc.author)?.role],
        description: doc.title,
        content: [
          {
            attachment: {
              contentType: bytes.contentType,
              data: bytes.data,
              title: doc.title,
              creation: doc.createdAt,
            },
          },
        ],
        context: { sourcePatientInfo: b.ref('patient') },
      }),
      'tddui-document-reference',
    );
  }
}

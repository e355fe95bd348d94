import type { FastifyReply } from 'fastify';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a generated Word document as an attachment. */
export function sendDocx(reply: FastifyReply, doc: { fileName: string; bytes: Buffer }) {
  return reply
    .type(DOCX_TYPE)
    .header('content-disposition', `attachment; filename="${doc.fileName}"`)
    .send(doc.bytes);
}

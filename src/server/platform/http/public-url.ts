import { AppError } from '../errors.js';

/** A host name or address with an optional port: nothing that could break out of a URL or XML text. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The address the public portal is reached at, for absolute links the server writes (QR codes,
 * the sitemap): `PUBLIC_BASE_URL` when configured, else the request's own protocol and host —
 * `X-Forwarded-Proto` / `X-Forwarded-Host` only under TRUST_PROXY (Fastify's `trustProxy`). A Host
 * header that is not a host name is 400 `VALIDATION_FAILED`, never a link to something else.
 */
export function publicBaseUrl(
  configured: string | undefined,
  request: { protocol: string; host: string },
): string {
  if (configured) return configured;
  if (!HOST.test(request.host))
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'host', message: '请求的主机名无效' }] });
  return `${request.protocol === 'https' ? 'https' : 'http'}://${request.host}`;
}

import QRCode from 'qrcode';

/**
 * The QR code of an officer's public page (issue 13): printed on the certificate or shown on the
 * officer's phone, scanned by the person being inspected to check the officer on the portal.
 */

/** The portal's page of one officer: `<base>/officers/<certificateNo>`. */
export function officerPageUrl(baseUrl: string, certificateNo: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/officers/${encodeURIComponent(certificateNo)}`;
}

// Error correction M (15 %): survives a worn or partly covered print; a 4-module quiet zone.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** An SVG QR code of `text` (it scales; `width` only gives an <img> an intrinsic size). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg', width: 264 });
}

/** A PNG QR code of `text` (for printing on the certificate). */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', scale: 8 });
}

/**
 * QR images of unit code URIs, for printing on labels: SVG (scales to any print size) and PNG.
 * Error correction level M (15% of the symbol may be damaged) is GS1's usual choice for Digital
 * Link QR codes on products; the quiet zone is the four modules the QR specification requires.
 */
import QRCode from 'qrcode';

/** Quiet zone around the symbol, in modules (ISO/IEC 18004 asks for four). */
const QUIET_ZONE = 4;

export interface QrOptions {
  /** QR error correction level; M by default. */
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
}

/** Options for PNG output. */
export interface PngOptions extends QrOptions {
  /** Pixels per module; 8 by default (a ~300-pixel image for a typical code). */
  scale?: number;
}

/** The QR code of `uri` as an SVG document (a string beginning with `<svg`). */
export async function qrSvg(uri: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: options.errorCorrection ?? 'M', margin: QUIET_ZONE });
}

/** The QR code of `uri` as a PNG image. */
export async function qrPng(uri: string, options: PngOptions = {}): Promise<Buffer> {
  const scale = options.scale ?? 8;
  if (!Number.isInteger(scale) || scale < 1 || scale > 64) throw new RangeError('QR scale is a whole number of pixels per module, 1 to 64');
  return QRCode.toBuffer(uri, { type: 'png', errorCorrectionLevel: options.errorCorrection ?? 'M', margin: QUIET_ZONE, scale });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qrPng, qrSvg } from './qr.ts';

const URI = 'https://meridian.example/01/09506000134352/10/L42/21/A1B2C3?17=271231&s=K1AAAAAA.OFtaGVXQy_8pYVTI';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('QR images', () => {
  it('renders an SVG document', async () => {
    const svg = await qrSvg(URI);
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 (\d+) \1"/);
    assert.match(svg.trimEnd(), /<\/svg>$/);
    assert.match(svg, /<path /);
  });

  it('renders a PNG whose size follows the scale', async () => {
    const png = await qrPng(URI, { scale: 4 });
    assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
    // IHDR width (bytes 16–19) is (modules + 2 × 4 quiet-zone modules) × scale.
    const width4 = png.readUInt32BE(16);
    const width8 = (await qrPng(URI)).readUInt32BE(16);
    assert.equal(width8, width4 * 2);
    assert.equal(width4 % 4, 0);
  });

  it('gets bigger with a higher error correction level', async () => {
    const size = async (level: 'L' | 'H') => Number(/viewBox="0 0 (\d+)/.exec(await qrSvg(URI, { errorCorrection: level }))![1]);
    assert.ok((await size('H')) > (await size('L')));
  });

  it('refuses a scale that is not a whole number from 1 to 64', async () => {
    await assert.rejects(qrPng(URI, { scale: 0 }), RangeError);
    await assert.rejects(qrPng(URI, { scale: 1.5 }), RangeError);
  });
});

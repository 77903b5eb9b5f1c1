// checkImage on raster files whose header is whole: pixels that cannot be read are refused here, at the image, with drukwerk's words.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../src/load/checkImage.js';

/** A made-up logo: noise, so the compressed pixels fill the file and cutting it cuts them. */
const noise = async (format: 'png' | 'jpeg'): Promise<Buffer> => {
  const width = 300;
  const height = 120;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer();
};

describe('checkImage: the pixels behind a whole header', () => {
  it('refuses a PNG or JPEG cut short, naming the size it claims, with the same hint as an unreadable file', async () => {
    for (const format of ['png', 'jpeg'] as const) {
      const whole = await noise(format);
      expect(await checkImage(`images/logo.${format}`, whole), format).toEqual([]);
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      expect(await checkImage(`images/logo.${format}`, cut), format).toEqual([
        {
          severity: 'error',
          message: "the image's pixels cannot be read (300 × 120): the file is damaged or cut short, or of a shape that cannot be scaled",
          code: 'image.cannotDecode',
          values: { width: 300, height: 120 },
          hint: 'open it in an image editor and save it again',
          hintCode: 'image.unreadableHint',
          file: `images/logo.${format}`,
        },
      ]);
    }
  });
});

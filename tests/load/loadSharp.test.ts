// loadSharp: sharp imported on first use; an installation that cannot load it is reported as such, never as a broken image.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importSharp } from '../../src/load/loadSharp.js';

afterEach(() => {
  vi.doUnmock('../../src/load/loadSharp.js');
  vi.resetModules();
});

describe('loadSharp', () => {
  it('gives the module sharp exports', async () => {
    const { loadSharp } = await import('../../src/load/loadSharp.js');
    const sharp = await loadSharp();
    expect(typeof sharp).toBe('function');
    expect(await loadSharp()).toBe(sharp);
  });

  it('says that sharp could not be loaded and how to mend it', async () => {
    await expect(importSharp(() => Promise.reject(new Error('libvips-cpp.so: cannot open shared object file')))).rejects.toThrow(
      'the image library sharp could not be loaded (libvips-cpp.so: cannot open shared object file); run npm install again',
    );
  });

  it('lets checkImage report the installation, not the image, when sharp cannot be loaded', async () => {
    const broken = new Error('the image library sharp could not be loaded (gone); run npm install again');
    vi.doMock('../../src/load/loadSharp.js', () => ({ loadSharp: () => Promise.reject(broken) }));
    const { checkImage } = await import('../../src/load/checkImage.js');
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    await expect(checkImage('images/logo.png', png)).rejects.toBe(broken);
  });
});

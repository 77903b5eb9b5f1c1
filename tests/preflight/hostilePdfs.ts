// Small hostile PDFs written by hand (objects, xref, trailer): form bombs, page-tree bombs, inflate bombs, operator floods.
import { deflateSync } from 'node:zlib';

/** An object body (without `n 0 obj`/`endobj`), or a stream: its dictionary entries and its (stored) bytes. */
export type PdfObject = string | { dict: string; data: Uint8Array };

/** Objects 1…n in order → a PDF file with a correct xref table; object 1 is the catalog. */
export function writePdf(objects: PdfObject[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.6\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(length);
    if (typeof o === 'string') push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    else {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`, 'latin1'));
      push(Buffer.from(o.data));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const PAGE_BOXES = '/MediaBox [0 0 200 200] /TrimBox [10 10 190 190] /BleedBox [0 0 200 200]';

/** One page drawing `content` with the given resources (catalog 1, pages 2, page 3, content 4, then `extra` from 5). */
export function onePage(content: PdfObject, resources = '<< >>', extra: PdfObject[] = []): Uint8Array {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOXES} /Resources ${resources} /Contents 4 0 R >>`,
    content,
    ...extra,
  ]);
}

export const plain = (text: string): PdfObject => ({ dict: '', data: Buffer.from(text, 'latin1') });
export const flate = (data: Uint8Array): PdfObject => ({ dict: '/Filter /FlateDecode', data: deflateSync(data, { level: 9 }) });

/**
 * `levels` form XObjects, each drawing the next one `fanOut` times (no cycle): the page draws the first `fanOut` times,
 * so a walk without a budget executes fanOut^levels form invocations.
 */
export function formBomb(levels: number, fanOut: number): Uint8Array {
  const draws = (name: string) => Array.from({ length: fanOut }, () => `/${name} Do`).join(' ');
  const forms: PdfObject[] = [];
  for (let i = 0; i < levels; i++) {
    const last = i === levels - 1;
    const object = 5 + i;
    forms.push({
      dict: `/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X ${object + 1} 0 R >> >>`,
      data: Buffer.from(last ? '0 0 1 1 re f' : draws('X'), 'latin1'),
    });
  }
  return onePage(plain(draws('X')), '<< /XObject << /X 5 0 R >> >>', forms);
}

/** A page tree of `levels` levels whose every Kids array names the one node below it `width` times: width^levels leaves without dedupe. */
export function pageTreeBomb(levels: number, width: number): Uint8Array {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let i = 0; i < levels; i++) {
    const kids = Array.from({ length: width }, () => `${3 + i} 0 R`).join(' ');
    const parent = i === 0 ? '' : `/Parent ${1 + i} 0 R`;
    objects.push(`<< /Type /Pages ${parent} /Kids [${kids}] /Count ${width ** (i + 1)} >>`);
  }
  const leaf = objects.length + 1;
  objects.push(`<< /Type /Page /Parent ${leaf - 1} 0 R ${PAGE_BOXES} /Resources << >> /Contents ${leaf + 1} 0 R >>`);
  objects.push(plain('0 0 1 1 re f'));
  return writePdf(objects);
}

/** A Flate content stream of `count` operators (`0 0 m` repeated): small on disk, `count` operations when read. */
export function operatorFlood(count: number): Uint8Array {
  return onePage(flate(Buffer.alloc(count * 6, '0 0 m\n')));
}

/** A Flate content stream that inflates to `bytes` bytes of white space. */
export function inflateBomb(bytes: number): Uint8Array {
  return onePage(flate(Buffer.alloc(bytes, 0x20)));
}

/** One page per content stream given, in order. */
export function pages(contents: PdfObject[]): Uint8Array {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids = contents.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`);
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R ${PAGE_BOXES} /Resources << >> /Contents ${4 + 2 * i} 0 R >>`);
    objects.push(content);
  });
  return writePdf(objects);
}

/** `pages` pages, each with its own Flate content stream of `count` operators that paint a rectangle each (`re f`). */
export function markFlood(pageCount: number, count: number): Uint8Array {
  return pages(Array.from({ length: pageCount }, (_, i) => flate(Buffer.from(`${i} 0 1 1 re f\n`.repeat(count / 2), 'latin1'))));
}

/** An object stream (read while the file is loaded, before any page) that inflates to `bytes` bytes. */
export function objectStreamBomb(bytes: number): Uint8Array {
  const data = Buffer.alloc(bytes, 0x20);
  data.write('9 0 ', 0, 'latin1');
  return onePage(plain('0 0 1 1 re f'), '<< >>', [{ dict: '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data: deflateSync(data, { level: 9 }) }]);
}

/** Flate with predictor parameters (decoded by pdf-lib's own filters, not zlib) inflating to `bytes` bytes. */
export function predictorBomb(bytes: number): Uint8Array {
  return onePage({ dict: '/Filter /FlateDecode /DecodeParms << /Predictor 1 >>', data: deflateSync(Buffer.alloc(bytes, 0x20), { level: 9 }) });
}
/** Objects that are small arrays, `count` of them, and one empty page: a file the parser must hold whole. */
export function manyObjects(count: number): Uint8Array {
  const arrays: PdfObject[] = Array.from({ length: count }, () => '[1 2 3 4 5 6 7 8]');
  return writePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R ${PAGE_BOXES} /Resources << >> >>`, ...arrays]);
}

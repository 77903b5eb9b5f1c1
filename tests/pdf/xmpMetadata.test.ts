// XMP fields → a well-formed packet with every value escaped, ISO dates and name-based UUIDs.
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { uuidFromHash, xmlEscape, xmpDate, xmpMetadata } from '../../src/pdf/xmpMetadata.js';

function parse(xml: string): Map<string, string> {
  const parser = new SaxesParser({ xmlns: true });
  const values = new Map<string, string>();
  const stack: string[] = [];
  parser.on('opentag', (tag) => stack.push(tag.name));
  parser.on('closetag', () => stack.pop());
  parser.on('text', (text) => {
    const key = stack.filter((n) => !n.startsWith('rdf:')).at(-1);
    if (key && text.trim()) values.set(key, (values.get(key) ?? '') + text);
  });
  parser.write(xml).close();
  return values;
}

describe('xmpMetadata', () => {
  const fields = {
    title: 'Flyer & <brochure> "quotes" \'apostrophes\' \u0001',
    author: 'A & B',
    subject: 'x < y',
    keywords: ['school', 'werk & opleiding'],
    lang: 'nl-BE',
    creatorTool: 'drukwerk',
    producer: 'drukwerk',
    date: new Date('2026-03-04T05:06:07.890Z'),
    documentId: uuidFromHash('ab'.repeat(32)),
    instanceId: uuidFromHash('cd'.repeat(32)),
    pdfxVersion: 'PDF/X-4',
    trapped: false,
  };

  it('stays well-formed XML and round-trips every value', () => {
    const values = parse(xmpMetadata(fields));
    expect(values.get('dc:title')).toBe('Flyer & <brochure> "quotes" \'apostrophes\' ');
    expect(values.get('dc:creator')).toBe('A & B');
    expect(values.get('dc:description')).toBe('x < y');
    expect(values.get('pdf:Keywords')).toBe('school, werk & opleiding');
    expect(values.get('xmp:CreateDate')).toBe('2026-03-04T05:06:07Z');
    expect(values.get('xmp:ModifyDate')).toBe('2026-03-04T05:06:07Z');
    expect(values.get('xmp:MetadataDate')).toBe('2026-03-04T05:06:07Z');
    expect(values.get('pdf:Producer')).toBe('drukwerk');
    expect(values.get('pdf:Trapped')).toBe('False');
    expect(values.get('pdfxid:GTS_PDFXVersion')).toBe('PDF/X-4');
    expect(values.get('xmpMM:DocumentID')).toBe(fields.documentId);
    expect(values.get('xmpMM:InstanceID')).toBe(fields.instanceId);
    expect(values.get('xmpMM:RenditionClass')).toBe('default');
  });

  it('leaves out the PDF/X namespace and Trapped for the screen edition', () => {
    const xml = xmpMetadata({ ...fields, pdfxVersion: undefined, trapped: undefined });
    expect(xml).not.toContain('pdfxid');
    expect(xml).not.toContain('Trapped');
    expect(() => parse(xml)).not.toThrow();
  });

  it('claims PDF/UA-1 for the screen edition, and nothing of it for print', () => {
    const xml = xmpMetadata({ ...fields, pdfxVersion: undefined, trapped: undefined, pdfuaPart: 1 });
    expect(parse(xml).get('pdfuaid:part')).toBe('1');
    expect(xml).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xml).not.toContain('pdfxid');
    const both = parse(xmpMetadata({ ...fields, pdfuaPart: 1 }));
    expect(both.get('pdfxid:GTS_PDFXVersion')).toBe('PDF/X-4');
    expect(both.get('pdfuaid:part')).toBe('1');
    expect(xmpMetadata(fields)).not.toContain('pdfuaid');
  });

  it('is a complete xpacket', () => {
    const xml = xmpMetadata(fields);
    expect(xml.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xml.endsWith('<?xpacket end="w"?>')).toBe(true);
  });

  it('makes deterministic version-5-style UUIDs and XMP dates', () => {
    expect(uuidFromHash('0123456789abcdef0123456789abcdef')).toBe('uuid:01234567-89ab-5def-8123-456789abcdef');
    expect(uuidFromHash('f'.repeat(64))).toMatch(/^uuid:ffffffff-ffff-5fff-bfff-ffffffffffff$/);
    expect(xmpDate(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00Z');
    expect(xmlEscape('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});

// Document metadata (title, dates, IDs, PDF/X version, PDF/UA part) → the XMP packet of the catalog's /Metadata stream, every value XML-escaped.

export interface XmpFields {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  lang?: string;
  creatorTool: string;
  producer: string;
  date: Date;
  /** uuid:… — the same for every rendition of this content. */
  documentId: string;
  instanceId: string;
  /** 'PDF/X-4' for the print edition. */
  pdfxVersion?: string;
  trapped?: boolean;
  /** 1 for the screen edition: the part of PDF/UA (ISO 14289) the file claims, which every PDF/UA validator looks for first. */
  pdfuaPart?: number;
}

/** Escapes text for XML content and attributes, and drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** ISO 8601 in UTC without milliseconds, as XMP wants it: 2026-01-01T00:00:00Z. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A name-based UUID (version 5 layout) from a hex hash: deterministic for the same content. */
export function uuidFromHash(hex: string): string {
  const h = hex.padEnd(32, '0');
  // biome-ignore lint/style/noNonNullAssertion: padEnd makes h at least 32 characters long
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function xmpMetadata(f: XmpFields): string {
  const e = xmlEscape;
  const date = xmpDate(f.date);
  const lines = [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about=""`,
    `  xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    `  xmlns:xmp="http://ns.adobe.com/xap/1.0/"`,
    `  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"`,
    `  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"`,
  ];
  if (f.pdfxVersion) lines.push(`  xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"`);
  if (f.pdfuaPart !== undefined) lines.push(`  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"`);
  lines[lines.length - 1] += '>';
  lines.push(`<dc:format>application/pdf</dc:format>`, `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(f.title)}</rdf:li></rdf:Alt></dc:title>`);
  if (f.author) lines.push(`<dc:creator><rdf:Seq><rdf:li>${e(f.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (f.subject) lines.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(f.subject)}</rdf:li></rdf:Alt></dc:description>`);
  if (f.lang) lines.push(`<dc:language><rdf:Bag><rdf:li>${e(f.lang)}</rdf:li></rdf:Bag></dc:language>`);
  lines.push(
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${e(f.creatorTool)}</xmp:CreatorTool>`,
    `<pdf:Producer>${e(f.producer)}</pdf:Producer>`,
  );
  if (f.keywords?.length) lines.push(`<pdf:Keywords>${e(f.keywords.join(', '))}</pdf:Keywords>`);
  if (f.trapped !== undefined) lines.push(`<pdf:Trapped>${f.trapped ? 'True' : 'False'}</pdf:Trapped>`);
  lines.push(
    `<xmpMM:DocumentID>${e(f.documentId)}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>${e(f.instanceId)}</xmpMM:InstanceID>`,
    `<xmpMM:VersionID>1</xmpMM:VersionID>`,
    `<xmpMM:RenditionClass>default</xmpMM:RenditionClass>`,
  );
  if (f.pdfxVersion) lines.push(`<pdfxid:GTS_PDFXVersion>${e(f.pdfxVersion)}</pdfxid:GTS_PDFXVersion>`);
  if (f.pdfuaPart !== undefined) lines.push(`<pdfuaid:part>${Math.trunc(f.pdfuaPart)}</pdfuaid:part>`);
  lines.push(`</rdf:Description>`, `</rdf:RDF>`, `</x:xmpmeta>`);
  // Padding lets tools edit the packet in place, as the XMP specification recommends.
  const padding = `${' '.repeat(99)}\n`.repeat(20);
  return `${lines.join('\n')}\n${padding}<?xpacket end="w"?>`;
}

// XMP packet text → whether it is well-formed XML (namespaces included) and its simple properties as `namespace-uri + local name` → value.
import { SaxesParser } from 'saxes';

export const PDFXID_NS = 'http://www.npes.org/pdfx/ns/id/';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const PDFUAID_NS = 'http://www.aiim.org/pdfua/ns/id/';

export interface Xmp {
  /** The first well-formedness error, with its line, when the packet is not well-formed XML. */
  error?: string;
  /** Element text and attribute values keyed by `${uri}${local}`; the first occurrence wins. */
  properties: Map<string, string>;
}

export function readXmp(text: string): Xmp {
  const properties = new Map<string, string>();
  const parser = new SaxesParser({ xmlns: true, position: true });
  let error: string | undefined;
  const open: { key: string; text: string }[] = [];
  const set = (key: string, value: string) => {
    if (!properties.has(key)) properties.set(key, value);
  };
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    for (const attr of Object.values(tag.attributes)) if (attr.uri && attr.prefix !== 'xmlns') set(attr.uri + attr.local, attr.value);
    open.push({ key: (tag.uri ?? '') + tag.local, text: '' });
  });
  parser.on('text', (t) => {
    // Text goes to every open element, so `<dc:title><rdf:Alt><rdf:li>x` gives dc:title the value x too.
    for (const o of open) o.text += t;
  });
  parser.on('closetag', () => {
    const o = open.pop();
    if (o && o.text.trim()) set(o.key, o.text.trim());
  });
  try {
    parser.write(text.replace(/^\ufeff/, '')).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return { error, properties };
}

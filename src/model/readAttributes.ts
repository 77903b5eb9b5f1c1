// An element and the attributes its kind allows → typed attribute values, with diagnostics for unknown or malformed ones.
import type { Diagnostic } from '../diagnostics.js';
import { coded, type Coded } from '../messages/coded.js';
import { parseLength } from '../units.js';
import type { XmlElement } from './parseMarkup.js';
import type { FieldTable } from '../template/fieldMarkers.js';
import { unmark } from '../template/fieldMarkers.js';
import type { FieldRef } from '../vocabulary/position.js';

export class AttributeReader {
  constructor(
    private readonly el: XmlElement,
    allowed: readonly string[],
    private readonly diagnostics: Diagnostic[],
    private readonly fields: FieldTable,
  ) {
    for (const name of Object.keys(el.attributes)) {
      if (!allowed.includes(name)) {
        this.fail(coded('model.unknownAttribute', { element: el.name, name, allowed: allowed.length ? allowed.join(', ') : undefined }, 'model.allowedAttributes'));
      }
    }
  }

  private fail(message: Coded): void {
    this.diagnostics.push({ severity: 'error', ...message, ...this.el.at });
  }

  /** Attribute text with field markers removed, and the field it came from. */
  textWithField(name: string): { text: string; field?: FieldRef } | undefined {
    const raw = this.el.attributes[name];
    return raw === undefined ? undefined : unmark(raw, this.fields);
  }

  string(name: string): string | undefined;
  string(name: string, fallback: string): string;
  string(name: string, fallback?: string): string | undefined {
    return this.textWithField(name)?.text ?? fallback;
  }

  required(name: string): string {
    const v = this.string(name);
    if (v === undefined) this.fail(coded('model.needsAttribute', { element: this.el.name, name }));
    return v ?? '';
  }

  /** A length in mm (or `pt`) → points. */
  length(name: string, fallback?: number): number {
    const v = this.string(name);
    if (v === undefined) {
      if (fallback === undefined) this.fail(coded('model.needsAttribute', { element: this.el.name, name }));
      return fallback ?? 0;
    }
    const pt = parseLength(v);
    if (pt === undefined) this.fail(coded('model.notLength', { element: this.el.name, name, value: v }));
    return pt ?? 0;
  }

  number(name: string, fallback: number, min = -Infinity, max = Infinity): number {
    const v = this.string(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) {
      this.fail(coded('model.notNumber', { element: this.el.name, name, value: v, min: Number.isFinite(min) ? min : undefined, max: Number.isFinite(max) ? max : undefined }));
      return fallback;
    }
    return n;
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.string(name);
    if (v === undefined) return fallback;
    if (v === 'true' || v === 'false') return v === 'true';
    this.fail(coded('model.notBoolean', { element: this.el.name, name, value: v }));
    return fallback;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const v = this.string(name);
    if (v === undefined) return fallback;
    if ((values as readonly string[]).includes(v)) return v as T;
    this.fail(coded('model.notOneOf', { element: this.el.name, name, value: v, choices: values.join(', ') }));
    return fallback;
  }
}

// Diagnostics or findings → the same without the message code and values, for tests that compare the English text and the rest exactly.
export function withoutCodes<T extends { code?: unknown; values?: unknown; hintCode?: unknown }>(items: readonly T[]): Omit<T, 'code' | 'values' | 'hintCode'>[] {
  return items.map(({ code: _code, values: _values, hintCode: _hintCode, ...rest }) => rest);
}

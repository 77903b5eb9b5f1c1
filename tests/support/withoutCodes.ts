// Diagnostics or findings → the same without the message codes and values, for tests that compare the English text and the rest exactly.
export function withoutCodes<T extends { code?: unknown; values?: unknown; hintCode?: unknown; designerHintCode?: unknown }>(
  items: readonly T[],
): Omit<T, 'code' | 'values' | 'hintCode' | 'designerHintCode'>[] {
  return items.map(({ code: _code, values: _values, hintCode: _hintCode, designerHintCode: _designerHintCode, ...rest }) => rest);
}

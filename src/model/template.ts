// Message templates of catalog entries: `{param}` placeholders, as in
// Avtocod's «Превышена дневная квота ({day_quote} ед.) …» (its error reference).

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A message template with its `{param}` placeholders filled; a placeholder
 * without a value stays as written, so a missing value shows rather than vanishes.
 * @example renderTemplate('Item {sku} is out of stock', { sku: 'A-1' }) // 'Item A-1 is out of stock'
 */
export function renderTemplate(
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Names of the `{param}` placeholders of a message template, in order of first use. */
export function templateParams(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Keywords whose values are data, not schemas: a `description` inside them is an example's field. */
const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum']);

/** Every schema node that carries a `description` or a `markdownDescription`, with where it is. */
export function* describedNodes(node: unknown, where: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* describedNodes(node[i], `${where}/${i}`);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.description === 'string' || 'markdownDescription' in record) yield [where, record];
  for (const [key, child] of Object.entries(record)) if (!DATA_KEYWORDS.has(key)) yield* describedNodes(child, `${where}/${key}`);
}

const MARK = '\n\n*English:* ';

/**
 * What is wrong with the bilingual descriptions of a schema: every node with an English
 * `description` has, directly after it, `markdownDescription: "<Dutch>\n\n*English:* <description>"`
 * with a Dutch text of its own (not empty, not the English again).
 */
export function descriptionProblems(schema: unknown, where: string): string[] {
  const problems: string[] = [];
  for (const [at, node] of describedNodes(schema, where)) {
    const { description, markdownDescription } = node;
    if (typeof description !== 'string') {
      problems.push(`${at}: markdownDescription without a description`);
      continue;
    }
    if (typeof markdownDescription !== 'string') {
      problems.push(`${at}: no markdownDescription`);
      continue;
    }
    const keys = Object.keys(node);
    if (keys.indexOf('markdownDescription') !== keys.indexOf('description') + 1) problems.push(`${at}: markdownDescription does not follow description`);
    if (!markdownDescription.endsWith(`${MARK}${description}`)) {
      problems.push(`${at}: markdownDescription does not end in "*English:* " and the description`);
      continue;
    }
    const dutch = markdownDescription.slice(0, -`${MARK}${description}`.length);
    if (dutch.trim() === '' || dutch !== dutch.trim()) problems.push(`${at}: the Dutch text is empty or padded`);
    else if (dutch === description) problems.push(`${at}: the Dutch text is the English one`);
    else if (dutch.includes(MARK)) problems.push(`${at}: the Dutch text holds the English mark`);
  }
  return problems;
}

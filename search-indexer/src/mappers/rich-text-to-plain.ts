/** Collects the text of a Lexical rich-text value (Payload's editor), paragraphs on new lines. */
export function richTextToPlain(value: unknown): string {
  if (typeof value === 'string') return value
  const out: string[] = []
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return
    const record = node as { text?: unknown; children?: unknown; root?: unknown; type?: unknown }
    if (typeof record.text === 'string') out.push(record.text)
    if (record.root !== undefined) walk(record.root)
    if (Array.isArray(record.children)) {
      for (const child of record.children) walk(child)
      if (record.type === 'paragraph' || record.type === 'heading' || record.type === 'listitem') {
        out.push('\n')
      }
    }
  }
  walk(value)

  return out
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim()
}

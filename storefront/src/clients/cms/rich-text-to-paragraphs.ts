interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (!Array.isArray(node.children)) return ''

  return (node.children as LexicalNode[]).map(textOf).join('')
}

/**
 * Turns Payload's Lexical rich text (or a plain string) into plain paragraphs: one per block
 * node (paragraph, heading, quote, list item). Unknown shapes give no paragraphs.
 */
export function richTextToParagraphs(value: unknown): string[] {
  if (typeof value === 'string') {
    return value
      .split(/\n{2,}/)
      .map((part) => part.trim())
      .filter(Boolean)
  }
  if (!value || typeof value !== 'object') return []
  const root = (value as { root?: LexicalNode }).root
  if (!root || !Array.isArray(root.children)) return []

  const paragraphs: string[] = []
  for (const block of root.children as LexicalNode[]) {
    if (block.type === 'list' && Array.isArray(block.children)) {
      for (const item of block.children as LexicalNode[]) paragraphs.push(`• ${textOf(item)}`)
      continue
    }
    paragraphs.push(textOf(block))
  }

  return paragraphs.map((text) => text.trim()).filter(Boolean)
}

/** A Lexical editor state as Payload stores it in rich-text fields. */
export type RichTextState = {
  root: {
    type: 'root'
    children: unknown[]
    direction: 'ltr' | null
    format: ''
    indent: number
    version: number
  }
}

/** Turns plain text (paragraphs separated by blank lines) into a Lexical editor state. */
export function plainTextToRichText(text: string): RichTextState {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)

  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            text: paragraph,
            version: 1,
          },
        ],
      })),
    },
  }
}

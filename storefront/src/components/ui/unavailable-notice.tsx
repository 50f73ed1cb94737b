/** A clear "temporarily unavailable" box for a section whose source did not answer. */
export function UnavailableNotice({
  title,
  text,
  testId,
}: {
  title: string
  text: string
  testId?: string
}) {
  return (
    <div className="notice notice--unavailable" role="status" data-testid={testId}>
      <strong>{title}</strong>
      <p>{text}</p>
    </div>
  )
}

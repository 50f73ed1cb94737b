/**
 * Reads the table printed by `payload migrate:status` and returns the committed migrations
 * that are not reported as run ("Ran: Yes"), including those missing from the table.
 */
export function findPendingMigrations(committed: string[], statusOutput: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = statusOutput.replace(/\u001b\[[0-9;]*m/g, '')
  const ran = new Set<string>()
  for (const line of plain.split('\n')) {
    const cells = line
      .split('│')
      .map((cell) => cell.trim())
      .filter(Boolean)
    const [name, , ranCell] = cells
    if (name && ranCell === 'Yes') {
      ran.add(name)
    }
  }

  return committed.filter((name) => !ran.has(name))
}

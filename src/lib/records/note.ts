// Evidence copied into an item's 说明: one line per year, replaced when copied again, so the note
// never collects stale copies; everything else the user wrote stays as it was.

/** The line's start: `2022年台账记录：`. */
export const evidenceHead = (year: number) => `${year}年台账记录：`;

export function withEvidence(note: string, year: number, summary: string): string {
  const head = evidenceHead(year);
  const lines = note ? note.split('\n') : [];
  const at = lines.findIndex((l) => l.startsWith(head));
  if (at >= 0) lines[at] = summary;
  else lines.push(summary);
  return lines.join('\n');
}

/**
 * Cuts one section out of a Markdown document: from the ATX heading whose text is `heading` (any level) to
 * the next heading of the same or a higher level. Used to show a lesson's paragraphs as in-place help.
 * Lines inside fenced code blocks are never taken for headings.
 */
export function extractSection(markdown: string, heading: string): string | null {
  const lines = markdown.split(/\r?\n/);
  let inFence = false;
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length;
    if (start < 0) {
      if (m[2]!.trim().toLowerCase() === heading.trim().toLowerCase()) {
        start = i;
        level = depth;
      }
    } else if (depth <= level) {
      return lines
        .slice(start + 1, i)
        .join('\n')
        .trim();
    }
  }
  return start < 0
    ? null
    : lines
        .slice(start + 1)
        .join('\n')
        .trim();
}

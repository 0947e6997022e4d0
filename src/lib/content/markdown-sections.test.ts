import { expect, it } from 'vitest';
import { extractSection } from './markdown-sections';

const doc = `Intro

## Feasibility: the 2×2

Text A.

### Detail

Text B.

\`\`\`md
## Not a heading
\`\`\`

## Value

Text C.`;

it('takes a section with its subsections, up to the next heading of its level', () => {
  const s = extractSection(doc, 'Feasibility: the 2×2');
  expect(s).toContain('Text A.');
  expect(s).toContain('### Detail');
  expect(s).toContain('## Not a heading');
  expect(s).not.toContain('Text C.');
});

it('matches case-insensitively, reads to the end for the last section, and returns null when absent', () => {
  expect(extractSection(doc, 'value')).toBe('Text C.');
  expect(extractSection(doc, 'Detail')).toContain('Text B.');
  expect(extractSection(doc, 'Nope')).toBeNull();
});

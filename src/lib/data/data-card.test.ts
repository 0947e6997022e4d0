import { describe, expect, it } from 'vitest';
import {
  DATA_CARD_SECTIONS,
  dataCardMarkdown,
  kappaBand,
  NOT_ANSWERED,
  type DataCardInput,
} from './data-card';

const full: DataCardInput = {
  projectName: 'Phone scratch inspection',
  datasetName: 'Smartphone images v1',
  definition: {
    x: 'Photo of a phone screen, 1024×768 RGB, taken on the line',
    y: 'Defect class',
    labelClasses: [
      { name: 'scratch', definition: 'Visible line longer than 0.3 mm' },
      { name: 'ok', definition: 'No defect | or a scratch shorter than 0.3 mm' },
    ],
    instructions: 'Measure the longest line.\nLabel scratch if it is longer than 0.3 mm.',
    ambiguousCases: [{ example: 'Line of 0.2–0.4 mm', resolution: 'Use 0.3 mm as the threshold' }],
    quadrant: { structured: false, large: false },
  },
  inventory: [
    { source: 'Factory line', amount: 1000, cost: 0, timeToObtain: '2 weeks' },
    { source: 'Purchased set', amount: 5000, cost: 1200.5, timeToObtain: '1 week' },
    { source: 'Field returns', amount: 'unknown', cost: null, timeToObtain: null },
  ],
  labelingPlan: { mode: 'in-house', who: 'Two inspectors', costPerLabel: 0.1 },
  schemaColumns: [
    { name: 'image_id', type: 'text', role: 'id', missingRate: 0 },
    { name: 'brightness', type: 'numeric', role: 'feature', missingRate: 0.025 },
    { name: 'operator', type: 'categorical', role: 'ignore', missingRate: 0 },
    { name: 'label', type: 'categorical', role: 'label', missingRate: 0.001 },
  ],
  stats: { rows: 6000, columns: 4 },
  consistency: { labelers: 2, examples: 6, hlp: 4 / 6, cohenKappa: 1 / 3, fleissKappa: 0.3 },
  notes: {
    uses: 'Not for grading operators.',
    distribution: 'Internal only.',
    maintenance: 'Data team, quarterly.',
  },
};

const empty: DataCardInput = {
  projectName: '',
  datasetName: '  ',
  definition: {
    x: '',
    y: '',
    labelClasses: [],
    instructions: '',
    ambiguousCases: [],
    quadrant: { structured: null, large: null },
  },
  inventory: [],
  labelingPlan: { mode: null, who: '', costPerLabel: null },
  schemaColumns: [],
};

const headings = (md: string): string[] => md.split('\n').filter((l) => /^#{1,3} /.test(l));

describe('dataCardMarkdown', () => {
  const md = dataCardMarkdown(full);

  it('has the seven Datasheets sections in order, each once', () => {
    const h2 = headings(md)
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3));
    expect(h2).toEqual([...DATA_CARD_SECTIONS]);
    expect(DATA_CARD_SECTIONS.map((s) => s.replace(/^\d\. /, ''))).toEqual([
      'Motivation',
      'Composition',
      'Collection process',
      'Preprocessing, cleaning and labeling',
      'Uses',
      'Distribution',
      'Maintenance',
    ]);
    expect(headings(md)[0]).toBe('# Data card: Smartphone images v1');
    // Subsections sit in the right sections.
    const all = headings(md);
    const idx = (h: string): number => all.indexOf(h);
    expect(idx('### Label classes')).toBeGreaterThan(idx('## 2. Composition'));
    expect(idx('### Data sources')).toBeGreaterThan(idx('## 3. Collection process'));
    expect(idx('### Label consistency')).toBeGreaterThan(idx('## 4. Preprocessing, cleaning and labeling'));
    expect(idx('### Label consistency')).toBeLessThan(idx('## 5. Uses'));
  });

  it('motivation: task, x, y and the quadrant with its implications', () => {
    expect(md).toContain(
      '- **Purpose:** learn to predict y (Defect class) from x (Photo of a phone screen, 1024×768 RGB, taken on the line) for the project Phone scratch inspection.',
    );
    expect(md).toContain('- **Data problem quadrant:** Unstructured × small data');
    expect(md).toContain('data augmentation can add more examples');
    expect(md).toContain('clean, consistent labels are critical');
  });

  it('composition: size, label column, missing values, class and schema tables (pipes escaped)', () => {
    expect(md).toContain('- **Instances:** 6,000 rows × 4 columns');
    expect(md).toContain('- **Label column:** `label`');
    expect(md).toContain('- **Missing values:** `brightness` 2.5 %, `label` 0.1 %');
    expect(md).toContain('| scratch | Visible line longer than 0.3 mm |');
    expect(md).toContain('| ok | No defect \\| or a scratch shorter than 0.3 mm |');
    expect(md).toContain('| `brightness` | numeric | feature | 2.5 % |');
  });

  it('collection: inventory with numeric totals, text amounts kept', () => {
    expect(md).toContain('| Source | Amount (examples) | Cost | Time to obtain |');
    expect(md).toContain('| Purchased set | 5,000 | 1,200.5 | 1 week |');
    expect(md).toContain(`| Field returns | unknown | ${NOT_ANSWERED} | ${NOT_ANSWERED} |`);
    expect(md).toContain('| **Total** | **6,000** | **1,200.5** | — |');
  });

  it('labeling: plan with estimated cost, instructions, ambiguous cases, consistency with κ bands', () => {
    expect(md).toContain('- **Who labels:** in-house — Two inspectors');
    expect(md).toContain(
      '- **Estimated labeling cost:** 600 (cost per label × 6,000 examples in the inventory)',
    );
    expect(md).toContain('Measure the longest line.\nLabel scratch if it is longer than 0.3 mm.');
    expect(md).toContain('| Line of 0.2–0.4 mm | Use 0.3 mm as the threshold |');
    expect(md).toContain('- **Human-level performance (agreement between labelers):** 66.7 %');
    expect(md).toContain("- **Cohen's κ:** 0.333 (fair)");
    expect(md).toContain("- **Fleiss' κ:** 0.300 (fair)");
    expect(md).toContain('0.7² + 0.3² = 58 %');
    expect(md).toContain('- **Identifier columns (not used as features):** `image_id`');
    expect(md).toContain('- **Ignored columns:** `operator`');
    expect(md).toContain(`- **Steps:** ${NOT_ANSWERED}`);
  });

  it('uses, distribution, maintenance from the notes', () => {
    expect(md).toContain(
      '- **Intended use:** training and evaluating models that learn to predict y (Defect class)',
    );
    expect(md).toContain('- **Other uses and uses to avoid:** Not for grading operators.');
    expect(md).toContain('Internal only.');
    expect(md).toContain('Data team, quarterly.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('is deterministic; the date appears only when passed', () => {
    expect(dataCardMarkdown(full)).toBe(md);
    expect(md).not.toMatch(/Generated/);
    expect(dataCardMarkdown(full, { generatedAt: '2025-11-26' })).toContain(
      'Generated 2025-11-26 with Lifecycle Lab.',
    );
  });

  it('renders every empty answer as "_not answered yet_" and keeps all sections', () => {
    const e = dataCardMarkdown(empty);
    expect(NOT_ANSWERED).toBe('_not answered yet_');
    expect(headings(e).filter((l) => l.startsWith('## '))).toHaveLength(7);
    expect(e).toContain(`# Data card: ${NOT_ANSWERED}`);
    for (const line of [
      `- **Purpose:** ${NOT_ANSWERED}`,
      `- **Input (x):** ${NOT_ANSWERED}`,
      `- **Data problem quadrant:** ${NOT_ANSWERED}`,
      `- **Instances:** ${NOT_ANSWERED}`,
      `- **Label column:** ${NOT_ANSWERED}`,
      `- **Who labels:** ${NOT_ANSWERED}`,
      `- **Cost per label:** ${NOT_ANSWERED}`,
      `- **Estimated labeling cost:** ${NOT_ANSWERED}`,
      `- **Intended use:** ${NOT_ANSWERED}`,
      `- **Who can access it, how, and under what license:** ${NOT_ANSWERED}`,
      `- **Who maintains it, and how updates and errata are handled:** ${NOT_ANSWERED}`,
    ]) {
      expect(e).toContain(line);
    }
    // Empty tables (classes, schema, sources, ambiguous cases), instructions and the missing consistency study.
    expect(e.split('\n').filter((l) => l === NOT_ANSWERED).length).toBe(6);
    expect(e).not.toContain('| --- |');
  });

  it('a half-answered quadrant says which half is open', () => {
    const e = dataCardMarkdown({
      ...empty,
      definition: { ...empty.definition, quadrant: { structured: true, large: null } },
    });
    expect(e).toContain('- **Data problem quadrant:** Structured × small or large (not answered yet) data');
    expect(e).toContain('augmentation rarely applies');
  });

  it('consistency with undefined κ shows not answered', () => {
    const e = dataCardMarkdown({
      ...full,
      consistency: { labelers: 3, examples: 10, hlp: null, fleissKappa: null },
    });
    expect(e).toContain(`- **Human-level performance (agreement between labelers):** ${NOT_ANSWERED}`);
    expect(e).toContain(`- **Fleiss' κ:** ${NOT_ANSWERED}`);
    expect(e).not.toContain("Cohen's κ");
  });
});

it('kappaBand follows Landis & Koch (1977)', () => {
  expect([-0.1, 0, 0.2, 0.21, 0.4, 0.5, 0.61, 0.8, 0.81, 1].map(kappaBand)).toEqual([
    'poor',
    'slight',
    'slight',
    'fair',
    'fair',
    'moderate',
    'substantial',
    'substantial',
    'almost perfect',
    'almost perfect',
  ]);
});

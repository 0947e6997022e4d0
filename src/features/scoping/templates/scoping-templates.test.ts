import { expect, it } from 'vitest';
import { loadTemplates, projectFromScoping, SCOPING_TEMPLATES, TEMPLATE_PROBLEMS } from './scoping-templates';

it('ships a blank canvas and three valid filled examples', () => {
  expect(TEMPLATE_PROBLEMS).toEqual([]);
  expect(SCOPING_TEMPLATES[0]!.id).toBe('blank');
  expect(SCOPING_TEMPLATES.map((t) => t.id).sort()).toEqual([
    'blank',
    'demand-forecasting-retail',
    'speech-voice-search',
    'visual-inspection-phones',
  ]);
  const phones = SCOPING_TEMPLATES.find((t) => t.id === 'visual-inspection-phones')!;
  expect(phones.scoping.solutions[0]!.feasibility).toMatchObject({
    dataType: 'unstructured',
    novelty: 'new',
  });
});

it('links every business metric of every example to one of its ML metrics', () => {
  for (const t of SCOPING_TEMPLATES.filter((x) => x.id !== 'blank')) {
    const ml = new Set(t.scoping.milestones.mlMetrics.map((m) => m.id));
    for (const b of t.scoping.milestones.businessMetrics)
      expect(ml.has(b.linkedMlMetricId ?? ''), `${t.id}: ${b.metric}`).toBe(true);
  }
});

it('reports invalid template files instead of using them', () => {
  const blank = SCOPING_TEMPLATES[0]!;
  const { templates, problems } = loadTemplates({
    '/content/templates/blank.json': blank,
    '/content/templates/other.json': blank,
    '/content/templates/bad.json': { ...blank, id: 'bad', scoping: { ...blank.scoping, solutions: 'none' } },
  });
  expect(templates.map((t) => t.id)).toEqual(['blank']);
  expect(problems).toEqual([
    'other.json: id “blank” does not match the file name',
    expect.stringMatching(/^bad\.json: scoping\.solutions: /),
  ]);
});

it('creates an independent project from a template', () => {
  const t = SCOPING_TEMPLATES.find((x) => x.id === 'speech-voice-search')!;
  const p = projectFromScoping(t.projectName, t.scoping);
  expect(p.name).toBe(t.projectName);
  expect(p.sections.scoping).toEqual(t.scoping);
  expect(p.sections.scoping).not.toBe(t.scoping);
  expect(p.sections.data.notes).toBe('');
});

import type { ScopingSection } from '@/features/workbook';
import { forecastErrorByQuarter } from '@/lib/scoping/history-forecast';
import { propagateLadder } from '@/lib/scoping/metric-ladder';
import { CANVAS_BOXES } from '../canvas/canvas-boxes';
import { QUADRANT_EVIDENCE } from '../sections/feasibility-quadrant';

/**
 * The scoping section as a Markdown document, in the order of the guided canvas. Empty answers are written
 * as "_not answered yet_" so a reader sees what is missing rather than a silently shorter document.
 */
const NA = '_not answered yet_';
const text = (s: string) => (s.trim() ? s.trim() : NA);
const cell = (s: string) => (s.trim() ? s.trim().replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') : '—');
const answer = (a: 'yes' | 'no' | 'unsure' | null) =>
  a === null ? NA : { yes: 'Yes', no: 'No', unsure: 'Not sure' }[a];
const fmt = (n: number | null) => (n === null ? '—' : String(Number(n.toPrecision(4))));

export function scopingToMarkdown(projectName: string, s: ScopingSection, now = new Date()): string {
  const out: string[] = [
    `# Scoping: ${projectName}`,
    '',
    `_Exported from Lifecycle Lab on ${now.toISOString().slice(0, 10)}._`,
    '',
  ];
  const h = (title: string) => out.push(`## ${title}`, '');
  const p = (...lines: string[]) => out.push(...lines, '');

  h('1. Business problem');
  p(
    `**The problem:** ${text(s.businessProblem.statement)}`,
    '',
    `**Who has it:** ${text(s.businessProblem.whoHasIt)}`,
    '',
    `**What it costs today:** ${text(s.businessProblem.currentCost)}`,
  );

  h('2. AI solutions');
  if (!s.solutions.length) p(NA);
  s.solutions.forEach((sol, i) => p(`${i + 1}. **${cell(sol.title)}** — ${text(sol.description)}`));

  h('3. Feasibility');
  if (!s.solutions.length) p(NA);
  s.solutions.forEach((sol, i) => {
    const f = sol.feasibility;
    out.push(`### ${sol.title.trim() || `Solution ${i + 1}`}`, '');
    const quadrant =
      f.dataType && f.novelty
        ? `${f.dataType} × ${f.novelty} — ${QUADRANT_EVIDENCE[f.dataType][f.novelty]}`
        : NA;
    p(
      `- **Quadrant:** ${quadrant}`,
      `- **Human-level performance:** ${text(f.humanLevelPerformance)}`,
      `- **Predictive features available:** ${answer(f.predictiveFeatures)} — ${text(f.predictiveFeaturesReason)}`,
    );
    const { currentError, hlpError } = f.forecast;
    if (currentError !== null && hlpError !== null) {
      const pts = forecastErrorByQuarter({ ...f.forecast, currentError, hlpError });
      p(
        `**Project-history forecast** (${Math.round(f.forecast.gapClosedPerQuarter * 100)} % of the gap to HLP closed per quarter):`,
        '',
        '| Quarter | Expected error (%) |',
        '| ---: | ---: |',
        ...pts.map((pt) => `| ${pt.quarter} | ${pt.error.toFixed(2)} |`),
      );
    }
  });

  h('4. Value');
  if (!s.solutions.length) p(NA);
  s.solutions.forEach((sol, i) => {
    out.push(`### ${sol.title.trim() || `Solution ${i + 1}`}`, '');
    const rungs = sol.value.rungs;
    if (!rungs.length) return p(NA);
    const changes = propagateLadder(rungs, sol.value.bottomChange);
    p(
      `Fermi estimate for a change of ${fmt(sol.value.bottomChange)} ${rungs[0]!.unit} at the bottom of the ladder:`,
      '',
      '| Rung | Metric | Per unit of rung below | Estimated change |',
      '| ---: | --- | ---: | ---: |',
      ...rungs.map(
        (r, j) =>
          `| ${j + 1} | ${cell(r.name)} | ${j === 0 ? '—' : fmt(r.perUnitBelow)} | ${changes[j] === null ? 'needs an estimate' : `${fmt(changes[j] ?? null)} ${cell(r.unit)}`} |`,
      ),
    );
  });

  h('5. Ethics');
  p(
    `- **Could anyone be harmed?** ${answer(s.ethics.harm.answer)}. ${s.ethics.harm.notes.trim()}`.trimEnd(),
    `- **Could it be unfair to some groups?** ${answer(s.ethics.fairness.answer)}. ${s.ethics.fairness.notes.trim()}`.trimEnd(),
    `- **Net positive for society?** ${answer(s.ethics.netPositive.answer)}. ${s.ethics.netPositive.notes.trim()}`.trimEnd(),
    '',
    `**Other considerations:** ${text(s.ethics.notes)}`,
  );

  h('6. Milestones and resources');
  const m = s.milestones;
  const mlName = (id: string | null) => m.mlMetrics.find((r) => r.id === id)?.metric.trim() || 'not linked';
  const table = (title: string, rows: { metric: string; target: string }[]) =>
    rows.length
      ? p(
          `**${title}**`,
          '',
          '| Metric | Target |',
          '| --- | --- |',
          ...rows.map((r) => `| ${cell(r.metric)} | ${cell(r.target)} |`),
        )
      : p(`**${title}:** ${NA}`);
  table('ML metrics', m.mlMetrics);
  table('Software metrics', m.softwareMetrics);
  if (m.businessMetrics.length) {
    p(
      '**Business metrics**',
      '',
      '| Metric | Target | Moved by ML metric |',
      '| --- | --- | --- |',
      ...m.businessMetrics.map(
        (r) => `| ${cell(r.metric)} | ${cell(r.target)} | ${cell(mlName(r.linkedMlMetricId))} |`,
      ),
    );
  } else p(`**Business metrics:** ${NA}`);
  p(
    `**People:** ${text(m.resources.people)}`,
    '',
    `**Data:** ${text(m.resources.data)}`,
    '',
    `**Compute:** ${text(m.resources.compute)}`,
  );
  if (m.timeline.length)
    p('**Timeline**', '', ...m.timeline.map((t) => `- ${t.date || 'no date'}: ${cell(t.milestone)}`));
  else p(`**Timeline:** ${NA}`);

  h('Machine Learning Canvas');
  for (const b of CANVAS_BOXES) p(`**${b.title}:** ${text(b.get(s))}`);

  if (s.notes.trim()) {
    h('Notes');
    p(s.notes.trim());
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

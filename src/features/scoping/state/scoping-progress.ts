import type { ScopingSection, Solution } from '@/features/workbook';

/**
 * Progress and gentle checks for the guided canvas. Progress counts the fields a complete scoping of that
 * section would have; checks point at things that are easy to miss and matter (the course's advice: every
 * ML metric needs a target; every business metric should trace back to an ML metric; every solution needs
 * a feasibility assessment before anyone commits to it).
 */
export type SectionId = 'business' | 'solutions' | 'feasibility' | 'value' | 'ethics' | 'milestones';

export interface SectionProgress {
  filled: number;
  total: number;
}

export interface ScopingCheck {
  section: SectionId;
  message: string;
}

const has = (s: string) => s.trim().length > 0;
const count = (flags: boolean[]): SectionProgress => ({
  filled: flags.filter(Boolean).length,
  total: flags.length,
});
const solutionName = (s: Solution, i: number) => (has(s.title) ? `“${s.title.trim()}”` : `Solution ${i + 1}`);

function perSolution(solutions: Solution[], fields: (s: Solution | null) => boolean[]): SectionProgress {
  return count(solutions.length ? solutions.flatMap((s) => fields(s)) : fields(null));
}

export function scopingProgress(s: ScopingSection): Record<SectionId, SectionProgress> {
  const b = s.businessProblem;
  const m = s.milestones;
  return {
    business: count([has(b.statement), has(b.whoHasIt), has(b.currentCost)]),
    solutions: perSolution(s.solutions, (x) => [
      Boolean(x && has(x.title)),
      Boolean(x && has(x.description)),
    ]),
    feasibility: perSolution(s.solutions, (x) => {
      const f = x?.feasibility;
      return [
        Boolean(f?.dataType),
        Boolean(f?.novelty),
        Boolean(f && has(f.humanLevelPerformance)),
        Boolean(f?.predictiveFeatures),
        Boolean(f && has(f.predictiveFeaturesReason)),
        Boolean(f && f.forecast.currentError !== null && f.forecast.hlpError !== null),
      ];
    }),
    value: perSolution(s.solutions, (x) => {
      const rungs = x?.value.rungs ?? [];
      return [
        rungs.length >= 2,
        rungs.length > 0 && rungs.every((r) => has(r.name)),
        rungs.length >= 2 && rungs.slice(1).every((r) => r.perUnitBelow !== null),
      ];
    }),
    ethics: count([
      s.ethics.harm.answer !== null,
      s.ethics.fairness.answer !== null,
      s.ethics.netPositive.answer !== null,
      has(s.ethics.notes),
    ]),
    milestones: count([
      m.mlMetrics.some((r) => has(r.metric) && has(r.target)),
      m.softwareMetrics.some((r) => has(r.metric) && has(r.target)),
      m.businessMetrics.some((r) => has(r.metric)),
      has(m.resources.people),
      has(m.resources.data),
      has(m.resources.compute),
      m.timeline.some((r) => has(r.milestone) && r.date !== ''),
    ]),
  };
}

export function totalProgress(p: Record<SectionId, SectionProgress>): SectionProgress {
  return Object.values(p).reduce((a, b) => ({ filled: a.filled + b.filled, total: a.total + b.total }), {
    filled: 0,
    total: 0,
  });
}

export function scopingChecks(s: ScopingSection): ScopingCheck[] {
  const checks: ScopingCheck[] = [];
  s.solutions.forEach((sol, i) => {
    const f = sol.feasibility;
    if (!f.dataType && !f.novelty && !f.predictiveFeatures && !has(f.humanLevelPerformance)) {
      checks.push({
        section: 'feasibility',
        message: `${solutionName(sol, i)} has no feasibility assessment yet.`,
      });
    }
    const rungs = sol.value.rungs;
    if (rungs.length >= 2 && rungs.slice(1).some((r) => r.perUnitBelow === null)) {
      checks.push({
        section: 'value',
        message: `The metric ladder of ${solutionName(sol, i)} has a rung without an estimate.`,
      });
    }
  });
  for (const r of s.milestones.mlMetrics) {
    if (has(r.metric) && !has(r.target))
      checks.push({ section: 'milestones', message: `ML metric “${r.metric.trim()}” has no target.` });
  }
  for (const r of s.milestones.softwareMetrics) {
    if (has(r.metric) && !has(r.target))
      checks.push({ section: 'milestones', message: `Software metric “${r.metric.trim()}” has no target.` });
  }
  const mlIds = new Set(s.milestones.mlMetrics.map((r) => r.id));
  for (const r of s.milestones.businessMetrics) {
    if (has(r.metric) && (!r.linkedMlMetricId || !mlIds.has(r.linkedMlMetricId))) {
      checks.push({
        section: 'milestones',
        message: `Business metric “${r.metric.trim()}” is not linked to an ML metric.`,
      });
    }
  }
  return checks;
}

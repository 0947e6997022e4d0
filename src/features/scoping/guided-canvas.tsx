import type { ScopingSection } from '@/features/workbook';
import { SECTIONS } from './section-nav';
import { scopingChecks, type SectionId, type SectionProgress } from './state/scoping-progress';
import type { ScopingRecipe } from './state/use-scoping';
import { SectionFrame } from './sections/section-frame';
import { BusinessProblemFields } from './sections/business-problem-section';
import { SolutionsFields } from './sections/solutions-section';
import { FeasibilityFields } from './sections/feasibility-section';
import { ValueFields } from './sections/value-section';
import { EthicsFields } from './sections/ethics-section';
import { MilestonesFields } from './sections/milestones-section';

type Fields = (props: { scoping: ScopingSection; update(r: ScopingRecipe): void }) => React.ReactNode;

/** What each step asks, which lesson headings help with it, and its fields. */
const STEP: Record<SectionId, { intro: string; help: string[]; Fields: Fields }> = {
  business: {
    intro: 'Start from the business, not from AI: what is wrong, for whom, and what it costs.',
    help: ['The scoping process'],
    Fields: BusinessProblemFields,
  },
  solutions: {
    intro: 'List the ways AI might help. Keep several: the next steps may rule some out.',
    help: ['The scoping process'],
    Fields: SolutionsFields,
  },
  feasibility: {
    intro: 'Is each solution doable? Place it on the 2×2 and look at the evidence that quadrant relies on.',
    help: ['Feasibility: the 2×2'],
    Fields: FeasibilityFields,
  },
  value: {
    intro: 'Connect the ML metric to the business metric rung by rung, with rough numbers.',
    help: ['Value: climbing the metric ladder'],
    Fields: ValueFields,
  },
  ethics: {
    intro: 'Ask who could be hurt and whether the project is worth doing at all.',
    help: ['Ethics'],
    Fields: EthicsFields,
  },
  milestones: {
    intro: 'Agree on targets for the ML, software and business metrics, the resources and the timeline.',
    help: ['Milestones', 'Resources and timeline'],
    Fields: MilestonesFields,
  },
};

export function GuidedCanvas({
  scoping,
  update,
  progress,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
  progress: Record<SectionId, SectionProgress>;
}) {
  const checks = scopingChecks(scoping);
  return (
    <div className="guided-canvas">
      {SECTIONS.map((s, i) => {
        const { intro, help, Fields } = STEP[s.id];
        return (
          <SectionFrame
            key={s.id}
            id={`scoping-${s.id}`}
            number={i + 1}
            title={s.title}
            intro={intro}
            progress={progress[s.id]}
            checks={checks.filter((c) => c.section === s.id)}
            helpHeadings={help}
          >
            <Fields scoping={scoping} update={update} />
          </SectionFrame>
        );
      })}
    </div>
  );
}

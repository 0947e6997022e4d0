import { useMemo } from 'react';
import { useActiveProject } from '@/features/workbook';
import { analyzeLabelStudy } from '@/lib/data/label-consistency';

/** Human-level performance from the project's label-consistency study (data studio), or null without one. */
export function useHlp(): number | null {
  const project = useActiveProject();
  const study = project?.sections.data.consistency;
  return useMemo(() => {
    if (!study || study.examples.length === 0) return null;
    try {
      return analyzeLabelStudy({
        examples: study.examples.map((e) => e.id),
        labelers: study.labelers,
        labels: study.examples.map((e) => e.labels),
      }).hlp;
    } catch {
      return null;
    }
  }, [study]);
}

import type { DataSection } from '@/features/workbook';
import type { DataCardInput } from '@/lib/data/data-card';
import { analyzeLabelStudy } from '@/lib/data/label-consistency';
import type { ColumnProfile } from '@/lib/data/infer-schema';

/** Gathers the data card's input from the data section (definition, inventory, study) and the active dataset. */
export function buildCardInput(
  projectName: string,
  data: DataSection,
  profiles: ColumnProfile[] | null,
): DataCardInput {
  const d = data.definition;
  const meta = data.datasets.find((x) => x.id === data.activeDatasetId) ?? null;
  const study = data.consistency;
  let consistency: DataCardInput['consistency'];
  if (study.examples.length > 0) {
    try {
      const r = analyzeLabelStudy({
        examples: study.examples.map((e) => e.id),
        labelers: study.labelers,
        labels: study.examples.map((e) => e.labels),
      });
      consistency = {
        labelers: r.labelers.length,
        examples: r.examples.length,
        hlp: r.hlp,
        cohenKappa: r.cohenKappa?.value ?? null,
        fleissKappa: r.fleissKappa.value,
      };
    } catch {
      consistency = undefined;
    }
  }
  return {
    projectName,
    datasetName: meta?.name ?? '',
    definition: {
      x: [d.x, d.xUnits && `Units and format: ${d.xUnits}`, d.collection && `Collected: ${d.collection}`]
        .filter(Boolean)
        .join('\n\n'),
      y: d.y,
      labelClasses: d.labelClasses.map((c) => ({ name: c.name, definition: c.definition })),
      instructions: d.instructions,
      ambiguousCases: d.ambiguousCases.map((c) => ({ example: c.example, resolution: c.resolution })),
      quadrant: { structured: d.structured, large: d.large },
    },
    inventory: data.inventory.map((r) => ({
      source: r.source,
      amount: r.amount === null ? null : `${r.amount.toLocaleString()} ${r.unit}`.trim(),
      cost: r.cost,
      timeToObtain: r.days === null ? null : `${r.days} days`,
    })),
    labelingPlan: {
      mode: data.labelingPlan.mode,
      who: data.labelingPlan.who,
      costPerLabel: data.labelingPlan.costPerLabel,
    },
    schemaColumns: (meta?.schema.columns ?? []).map((c) => ({
      name: c.name,
      type: c.type,
      role: c.role,
      missingRate: profiles?.find((p) => p.name === c.name)?.missingRate ?? null,
    })),
    stats: meta ? { rows: meta.rows, columns: meta.columns } : undefined,
    consistency,
    notes: { preprocessing: data.notes },
  };
}

// Public entry of the workbook feature: what other features may use. Everything else is internal.
export { STAGES, STAGE_LABELS, isStage, type Stage } from './schema/stages';
export type { Project, StageSection, Workbook } from './schema/workbook-schema';
export { newProject } from './schema/workbook-schema';
export {
  scopingSectionSchema,
  emptyScopingSection,
  newSolution,
  DEFAULT_FORECAST,
  type ScopingSection,
  type Solution,
  type LadderRung,
  type Feasibility,
} from './schema/sections/scoping-section';
export { describeZodError } from './schema/describe-zod-error';
export {
  modelingSectionSchema,
  emptyModelingSection,
  type ModelingSection,
  type RunRecord,
  type SavedModel,
} from './schema/sections/modeling-section';
export {
  dataSectionSchema,
  emptyDataSection,
  columnSchemaSchema,
  type DataSection,
  type DatasetMeta,
  type ConsistencyStudy,
} from './schema/sections/data-section';
export {
  deploymentSectionSchema,
  emptyDeploymentSection,
  type DeploymentSection,
} from './schema/sections/deployment-section';
export { useWorkbookStore } from './store/workbook-store';
export { useActiveProject, useLessonsDone, useWorkbookHydrated } from './store/workbook-hooks';
export { useSection, applyRecipe, rowId, type SectionRecipe } from './store/use-section';
export { useSaveStatusStore } from './store/save-status-store';
export { stageProgress, countDone, type ProgressItem } from './progress/stage-progress';
export { SaveIndicator } from './components/save-indicator';
export { StorageBanner } from './components/storage-banner';
export { ProjectSwitcher } from './components/project-switcher';
export { StageNotesEditor } from './components/stage-notes-editor';

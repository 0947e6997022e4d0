// Public entry of the data feature: what other features (modeling, deployment) may use.
export { useActiveTable, type ActiveTable } from './datasets/use-active-table';
export { ActiveDatasetGate } from './schema/active-dataset-gate';
export { useDatasetCache } from './datasets/dataset-cache';

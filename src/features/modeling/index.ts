// Public entry of the modeling feature: what other features (deployment) may use.
export { useHlp } from './state/use-hlp';

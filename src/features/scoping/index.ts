// Public entry of the scoping feature: what other parts of the app may use. Pages are routed directly.
export {
  scopingProgress,
  totalProgress,
  type SectionId,
  type SectionProgress,
} from './state/scoping-progress';

import { LifecycleMap, LIFECYCLE_STAGES } from '@/components/lifecycle-map';

/** The lifecycle map inside a lesson, each stage linking to its workspace. */
export default function LifecycleMapWidget() {
  return <LifecycleMap headingLevel={3} stages={LIFECYCLE_STAGES.map((s) => ({ ...s, href: `/${s.id}` }))} />;
}

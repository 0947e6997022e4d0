/**
 * The data-problem grid from the course: structured vs unstructured × small vs large (roughly 10,000
 * examples as the line). What each cell implies for how to spend effort on data.
 */
export function quadrantAdvice(structured: boolean | null, large: boolean | null): string[] {
  const out: string[] = [];
  if (structured === false) {
    out.push(
      'Unstructured data (images, audio, text): people can usually label it, and data augmentation can create more examples.',
    );
  } else if (structured === true) {
    out.push(
      'Structured data (tables): more data is harder to obtain, augmentation rarely applies, and people often cannot label rows by eye.',
    );
  }
  if (large === false) {
    out.push(
      'Small dataset: every label counts — clean, consistent labels matter most, so have labelers agree on conventions and review each example.',
    );
  } else if (large === true) {
    out.push(
      'Large dataset: the emphasis moves to the data process — clear instructions, labeling at scale, and pipelines that keep quality high.',
    );
  }
  return out;
}

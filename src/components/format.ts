/** Display helpers shared by every view. Probabilities in [0, 1] become percentages only here. */
export function percent(p: number, digits = 1): string {
  return `${(p * 100).toFixed(digits)} %`;
}

export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

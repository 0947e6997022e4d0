// The chart series the simulator records, one point per simulated second (SimSnapshot.series), and what
// each holds. Shares and accuracies are fractions; NaN marks a second without enough data for the value.
//
//   t                    the simulated second
//   accuracy, f1         the live model on its labelled window (f1: the focus class's F1 for two classes,
//                        macro-F1 otherwise)
//   estimated            the label-free (CBPE) accuracy estimate of the live model
//   meanConfidence       mean confidence over the output window
//   throughput, dropped  events served / dropped during that second
//   latencyP95           p95 of the recent timed predict calls, ms
//   candidateAccuracy    the candidate's accuracy in shadow mode or during a canary
//   automationRate, systemAccuracy, costPerEvent
//                        the degrees-of-automation window
//   errorRate            share of wrong predictions over the last labels (what ADWIN and DDM alerts quote)
//   ks:, ksP:, psi:, w:, js: + feature
//                        the feature's drift statistics (KS statistic and p-value, PSI, Wasserstein in
//                        reference SDs, Jensen–Shannon)
//   mean: + feature      live mean minus reference mean, in reference SDs
//   missing: + feature   missing share in the feature's window
//   pred: + class index  share of the class among the output window's predictions

/** Every series key, in the order above, for the numeric features `features` and the classes `classes`. */
export function seriesKeys(features: readonly string[], classes: readonly string[]): string[] {
  return [
    't',
    'accuracy',
    'f1',
    'estimated',
    'meanConfidence',
    'throughput',
    'dropped',
    'latencyP95',
    'candidateAccuracy',
    'automationRate',
    'systemAccuracy',
    'costPerEvent',
    'errorRate',
    ...features.flatMap((n) => [
      `ks:${n}`,
      `ksP:${n}`,
      `psi:${n}`,
      `w:${n}`,
      `js:${n}`,
      `mean:${n}`,
      `missing:${n}`,
    ]),
    ...classes.map((_, i) => `pred:${i}`),
  ];
}

// The alerts' sentences, written out by hand: a change to any wording or number format shows up here.
import { describe, expect, it } from 'vitest';
import {
  accuracyAlert,
  blueGreenAlert,
  canaryRolledBackAlert,
  canaryStartedAlert,
  droppedEventsAlert,
  errorRateDetectorAlert,
  featureDriftAlert,
  fmt,
  missingValuesAlert,
  pct,
  predictionShareAlert,
  shadowStartedAlert,
} from './alert-messages';

describe('number formats', () => {
  it('pct: one decimal and a spaced percent sign; fmt: three decimals, exponent form below 0.001', () => {
    expect(pct(0.8)).toBe('80.0 %');
    expect(pct(0.0333)).toBe('3.3 %');
    expect(fmt(0.2)).toBe('0.200');
    expect(fmt(0.001)).toBe('0.001');
    expect(fmt(0.00002)).toBe('2.0e-5');
    expect(fmt(0)).toBe('0.000');
    expect(fmt(NaN)).toBe('NaN');
  });
});

describe('input alerts', () => {
  it('a drift statistic names the feature, the threshold side and the direction of the mean', () => {
    expect(featureDriftAlert('psi', 'vibration', 0.3456, 0.2, 1.234)).toEqual({
      kind: 'data drift',
      monitor: 'PSI',
      subject: 'vibration',
      value: 0.3456,
      threshold: 0.2,
      message:
        'PSI of vibration is 0.346 (above 0.200): the distribution of vibration has moved away from the ' +
        'training data (mean up 1.23 SD) — data drift.',
    });
    expect(featureDriftAlert('ks', 'temperature', 0.00002, 0.001, -0.5).message).toBe(
      'KS p-value of temperature is 2.0e-5 (below 0.001): the distribution of temperature has moved away ' +
        'from the training data (mean down 0.50 SD) — data drift.',
    );
  });

  it('missing values are an input-quality problem, not drift', () => {
    expect(missingValuesAlert('humidity', 0.3, 0.1)).toEqual({
      kind: 'input quality',
      monitor: 'Missing values',
      subject: 'humidity',
      value: 0.3,
      threshold: 0.1,
      message:
        '30.0 % of humidity values are missing (threshold 10.0 %): an input-quality problem upstream ' +
        '(a broken sensor or pipeline), not a change in the world.',
    });
  });
});

describe('accuracy: data drift or concept drift', () => {
  const base = {
    model: 'demo',
    labels: 300,
    accuracy: 0.7,
    threshold: 0.8,
    estimated: 0.9,
    estimatedThreshold: 0.8,
  };

  it('inputs unchanged and the estimate still high: concept drift, which the estimate cannot see', () => {
    expect(accuracyAlert({ ...base, moved: [] })).toEqual({
      kind: 'concept drift',
      monitor: 'Accuracy',
      subject: 'demo',
      value: 0.7,
      threshold: 0.8,
      message:
        'Accuracy over the last 300 labels fell to 70.0 % (threshold 80.0 %): the inputs still match the ' +
        'training data, so the x→y mapping has likely changed — concept drift. The label-free estimate ' +
        'still says 90.0 %: it cannot see concept drift.',
    });
  });

  it('inputs unchanged but the estimate fell too: concept drift without the blind-estimate clause', () => {
    expect(accuracyAlert({ ...base, moved: [], estimated: 0.75 }).message).toBe(
      'Accuracy over the last 300 labels fell to 70.0 % (threshold 80.0 %): the inputs still match the ' +
        'training data, so the x→y mapping has likely changed — concept drift.',
    );
  });

  it('inputs moved: data drift, naming the features', () => {
    const alert = accuracyAlert({ ...base, moved: ['vibration', 'torque'] });
    expect(alert.kind).toBe('data drift');
    expect(alert.message).toBe(
      'Accuracy over the last 300 labels fell to 70.0 % (threshold 80.0 %): the inputs have drifted ' +
        '(vibration, torque), so this looks like data drift that hurts the model.',
    );
  });
});

describe('outputs, detectors and software', () => {
  it('a moved prediction share with unchanged inputs points to prior shift', () => {
    expect(
      predictionShareAlert({
        className: 'defect',
        share: 0.45,
        referenceShare: 0.2,
        threshold: 0.15,
        moved: [],
      }),
    ).toEqual({
      kind: 'prior shift',
      monitor: 'Prediction share',
      subject: 'defect',
      value: 0.45,
      threshold: 0.15,
      message:
        'The model now predicts "defect" for 45.0 % of events (training: 20.0 %): the output distribution ' +
        'moved — with inputs unchanged feature by feature, a change in the class balance (prior shift) is ' +
        'the likely cause.',
    });
    const drifted = predictionShareAlert({
      className: 'defect',
      share: 0.45,
      referenceShare: 0.2,
      threshold: 0.15,
      moved: ['temperature'],
    });
    expect(drifted.kind).toBe('data drift');
    expect(drifted.message).toBe(
      'The model now predicts "defect" for 45.0 % of events (training: 20.0 %): the output distribution ' +
        'moved — the inputs drifted (temperature).',
    );
  });

  it('ADWIN / DDM diagnose from the inputs, without a threshold', () => {
    expect(errorRateDetectorAlert('DDM', 0.25, [])).toEqual({
      kind: 'concept drift',
      monitor: 'DDM',
      subject: null,
      value: 0.25,
      threshold: null,
      message:
        'DDM detected a change in the error rate (now 25.0 % over the last labels): the inputs still look ' +
        'like the reference, which points to concept drift (the x→y mapping changed).',
    });
    expect(errorRateDetectorAlert('ADWIN', 0.1, ['vibration']).message).toBe(
      'ADWIN detected a change in the error rate (now 10.0 % over the last labels): the inputs moved too ' +
        '(vibration), so data drift is hurting the model.',
    );
  });

  it('dropped events quote the serving capacity', () => {
    expect(droppedEventsAlert(12, 1, 1500)).toEqual({
      kind: 'software',
      monitor: 'Dropped events',
      subject: null,
      value: 12,
      threshold: 1,
      message:
        '12 events were dropped in the last second (capacity 1500 events/s): traffic is above what the ' +
        'service can handle — scale out or shed load.',
    });
  });
});

describe('deployment events', () => {
  it('say who serves the traffic, with no threshold', () => {
    expect(shadowStartedAlert('v2', 'v1')).toEqual({
      kind: 'deployment',
      monitor: 'Shadow',
      subject: 'v2',
      value: NaN,
      threshold: null,
      message: "Shadow mode: v2 sees every event; users still get v1's predictions.",
    });
    expect(canaryStartedAlert('v2', 0.2, 0.05)).toEqual({
      kind: 'deployment',
      monitor: 'Canary',
      subject: 'v2',
      value: 0.2,
      threshold: null,
      message: 'Canary started: v2 gets 5.0 % of the traffic.',
    });
    expect(
      canaryRolledBackAlert('v2', 'Candidate accuracy 70.0 % fell below the live model’s.').message,
    ).toBe('Canary rolled back automatically. Candidate accuracy 70.0 % fell below the live model’s.');
    expect(blueGreenAlert('green', 'v2', 'v1').message).toBe(
      'Switched to green: v2 is live, v1 waits on standby.',
    );
  });
});

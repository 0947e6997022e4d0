// Property tests explore new random cases on every local run (that is how they find bugs), but CI must be
// reproducible: there, fast-check uses one fixed seed. A failure prints its seed and counterexample either way.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 1 });

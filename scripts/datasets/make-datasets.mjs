#!/usr/bin/env node
// Regenerates the built-in real datasets in public/datasets/ from the npm package vega-datasets@3.2.1.
//
//   mkdir -p /tmp/vd && cd /tmp/vd && npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz
//   node scripts/datasets/make-datasets.mjs            # reads /tmp/vd/package by default
//   node scripts/datasets/make-datasets.mjs <dir>      # or VEGA_DATASETS_DIR=<dir>: the unpacked package/ folder
//
// No dependencies. Before writing anything it checks the package version and each source file's hash against the one
// vega-datasets records in its datapackage.json (a git blob SHA-1), so a different or altered source fails loudly.
// Outputs (UTF-8, LF line endings, header row, RFC 4180 quoting where needed, missing values as empty cells):
//   penguins.csv         species, island, bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g, sex
//                        (renamed from vega's "Species", "Beak Length (mm)", … to the palmerpenguins names; rows in
//                        source order; null → empty; the one sex value "." (an unknown sex in the raw data) → empty)
//   seattle-weather.csv  date, precipitation, temp_max, temp_min, wind, weather — the source rows unchanged, after
//                        checking they are in strictly increasing date order with one row per day
//   index.json           the catalogue the app reads: [{ id, file, title, description, rows, columns, labelColumn,
//                        timeColumn?, license, source }]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_VERSION = '3.2.1';
const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../public/datasets');
const srcDir = resolve(process.argv[2] ?? process.env.VEGA_DATASETS_DIR ?? '/tmp/vd/package');

function fail(message) {
  console.error(`make-datasets: ${message}`);
  process.exit(1);
}

function readSource(rel) {
  try {
    return readFileSync(join(srcDir, rel));
  } catch {
    return fail(
      `cannot read ${join(srcDir, rel)}. Unpack vega-datasets@${EXPECTED_VERSION} first:\n` +
        `  mkdir -p /tmp/vd && cd /tmp/vd && npm pack vega-datasets@${EXPECTED_VERSION} && tar xzf vega-datasets-${EXPECTED_VERSION}.tgz`,
    );
  }
}

const pkg = JSON.parse(readSource('package.json').toString('utf8'));
if (pkg.name !== 'vega-datasets' || pkg.version !== EXPECTED_VERSION) {
  fail(`expected vega-datasets@${EXPECTED_VERSION} in ${srcDir}, found ${pkg.name}@${pkg.version}`);
}
const datapackage = JSON.parse(readSource('datapackage.json').toString('utf8'));
const resource = (name) => datapackage.resources.find((r) => r.name === name) ?? fail(`no resource ${name}`);

function loadChecked(name) {
  const res = resource(name);
  const bytes = readSource(join('data', res.path));
  // datapackage.json records git blob hashes: SHA-1 of "blob <byte length>\0" followed by the bytes.
  const sha1 = `sha1:${createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')}`;
  if (sha1 !== res.hash) fail(`${res.path}: hash ${sha1} does not match datapackage.json's ${res.hash}`);
  return { res, text: bytes.toString('utf8') };
}

/** RFC 4180: quote a field containing a comma, quote, CR or LF; double inner quotes. */
function csvField(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (header, rows) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';

// --- Palmer penguins --------------------------------------------------------------------------------------------
const penguinsSrc = loadChecked('penguins');
const PENGUIN_COLUMNS = [
  ['species', 'Species'],
  ['island', 'Island'],
  ['bill_length_mm', 'Beak Length (mm)'],
  ['bill_depth_mm', 'Beak Depth (mm)'],
  ['flipper_length_mm', 'Flipper Length (mm)'],
  ['body_mass_g', 'Body Mass (g)'],
  ['sex', 'Sex'],
];
const penguins = JSON.parse(penguinsSrc.text);
if (!Array.isArray(penguins)) fail('penguins.json is not an array');
let dotSex = 0;
const penguinRows = penguins.map((rec, i) => {
  const keys = Object.keys(rec).sort().join('|');
  const expected = PENGUIN_COLUMNS.map(([, k]) => k)
    .sort()
    .join('|');
  if (keys !== expected) fail(`penguins.json record ${i} has keys ${keys}, expected ${expected}`);
  return PENGUIN_COLUMNS.map(([out, key]) => {
    const v = rec[key];
    if (out === 'sex' && v === '.') {
      dotSex++;
      return null;
    }
    return v;
  });
});

// --- Seattle weather ----------------------------------------------------------------------------------------------
const weatherSrc = loadChecked('seattle_weather');
const WEATHER_COLUMNS = ['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather'];
const weatherLines = weatherSrc.text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
if (weatherLines[0] !== WEATHER_COLUMNS.join(',')) fail(`seattle-weather.csv header is ${weatherLines[0]}`);
const weatherRows = weatherLines.slice(1).map((line, i) => {
  const cells = line.split(',');
  if (cells.length !== WEATHER_COLUMNS.length)
    fail(`seattle-weather.csv line ${i + 2} has ${cells.length} fields`);
  return cells;
});
const DAY = 86_400_000;
for (let i = 1; i < weatherRows.length; i++) {
  const prev = Date.parse(`${weatherRows[i - 1][0]}T00:00:00Z`);
  const cur = Date.parse(`${weatherRows[i][0]}T00:00:00Z`);
  if (!(cur - prev === DAY))
    fail(`seattle-weather.csv: ${weatherRows[i][0]} does not follow ${weatherRows[i - 1][0]} by one day`);
}

// --- Write ---------------------------------------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'penguins.csv'),
  csv(
    PENGUIN_COLUMNS.map(([c]) => c),
    penguinRows,
  ),
);
writeFileSync(join(outDir, 'seattle-weather.csv'), csv(WEATHER_COLUMNS, weatherRows));

const via = `vega-datasets ${EXPECTED_VERSION} (npm registry), data/`;
const index = [
  {
    id: 'penguins',
    file: 'penguins.csv',
    title: 'Palmer penguins',
    description:
      'Size measurements of 344 adult penguins of three species (Adélie, Chinstrap, Gentoo) on three islands of the ' +
      'Palmer Archipelago, Antarctica, 2007–2009. A small, tidy classification set: predict species from bill, ' +
      'flipper and body measurements. Some measurements and sexes are missing.',
    rows: penguinRows.length,
    columns: PENGUIN_COLUMNS.map(([c]) => c),
    labelColumn: 'species',
    license: {
      name: 'CC0 1.0 Universal',
      spdx: 'CC0-1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    },
    source: {
      name: 'Gorman, Williams & Fraser (2014), Palmer Station Antarctica LTER; palmerpenguins R package (Horst, Hill & Gorman 2020)',
      url: 'https://allisonhorst.github.io/palmerpenguins/',
      obtainedFrom: `${via}${resource('penguins').path}`,
    },
  },
  {
    id: 'seattle-weather',
    file: 'seattle-weather.csv',
    title: 'Seattle daily weather 2012–2015',
    description:
      'One row per day from 2012-01-01 to 2015-12-31 at Seattle: precipitation (mm), daily maximum and minimum ' +
      'temperature (°C), average wind speed (m/s) and a weather category (drizzle, fog, rain, snow, sun) that ' +
      'vega-datasets derived from NOAA weather-type flags. Time ordered: ' +
      'the seasons move the distributions over the year, which makes it a natural-drift example.',
    rows: weatherRows.length,
    columns: WEATHER_COLUMNS,
    labelColumn: 'weather',
    timeColumn: 'date',
    license: {
      name: 'Public domain (U.S. Government work, NOAA)',
      spdx: null,
      url: 'https://www.usa.gov/government-works',
    },
    source: {
      name: 'NOAA National Climatic Data Center (now NCEI), daily records for Seattle',
      url: 'https://www.ncei.noaa.gov/cdo-web/',
      obtainedFrom: `${via}${resource('seattle_weather').path}`,
    },
  },
];
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 2) + '\n');

console.log(
  JSON.stringify({
    out: outDir,
    penguins: { rows: penguinRows.length, sexDotToEmpty: dotSex },
    seattleWeather: { rows: weatherRows.length, first: weatherRows[0][0], last: weatherRows.at(-1)[0] },
  }),
);

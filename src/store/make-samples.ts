/** Writes data/samples/: `npx tsx src/store/make-samples.ts` (deterministic; rerun after changing samples.ts). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSamples, modelFromFigures, parseFiguresTsv, SAMPLES_DIR } from './samples.ts';
import { SEED_FIGURES } from '../../test/shared.ts';

const seedTsv = SEED_FIGURES;
mkdirSync(SAMPLES_DIR, { recursive: true });
const seed = modelFromFigures(parseFiguresTsv(readFileSync(seedTsv, 'utf8')), { region: '重庆市渝中区', scope: 'department', level: 'district' });
seed.sources = [{ file: 'shared/seed/000_5eccc108b9c624cd.figures.tsv', format: 'model' }];
writeFileSync(join(SAMPLES_DIR, 'seed-2024-budget.json'), JSON.stringify(seed, null, 2) + '\n');
let n = 1;
for (const { name, disclosure } of generateSamples()) {
  writeFileSync(join(SAMPLES_DIR, name), JSON.stringify(disclosure, null, 2) + '\n');
  n++;
}
console.log(`wrote ${n} models to ${SAMPLES_DIR}/`);

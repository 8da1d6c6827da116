/** Every rule of the catalogue has a plain Chinese name for the public (a new rule without one fails here). */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_METAS } from '../check/index.ts';
import { RULE_NAMES } from './rule-names.ts';

it('every rule has a Chinese name, and no name is left for a rule that is gone', () => {
  const ids = RULE_METAS.map((r) => r.id);
  assert.deepEqual(
    ids.filter((id) => !RULE_NAMES[id]),
    [],
  );
  assert.deepEqual(
    Object.keys(RULE_NAMES).filter((id) => !ids.includes(id)),
    [],
  );
  for (const id of ids) assert.match(RULE_NAMES[id], /\p{Script=Han}/u, id);
});

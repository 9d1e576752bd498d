import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { generateApiTypes, TYPES_FILE } from '../../scripts/api-types.ts';

describe('the web app’s API types', () => {
  it('are what the current OpenAPI document gives (run npm run api:types when this fails)', { timeout: 120_000 }, async () => {
    const generated = await generateApiTypes();
    assert.ok(generated.includes('"/api/till/sales"'), 'the generated types cover the API');
    assert.equal(fs.readFileSync(TYPES_FILE, 'utf8'), generated);
  });
});

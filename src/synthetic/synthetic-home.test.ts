import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODEL_DIR = join(import.meta.dirname, '..', 'model');

describe('synthetic data lives apart from the domain layer', () => {
  it('model/ holds no generator of synthetic events or actors', () => {
    expect(readdirSync(MODEL_DIR).filter((f) => f.startsWith('synthetic-'))).toEqual([]);
  });

  it('no model/ source file imports synthetic/ (only its tests may feed it generated rows)', () => {
    const sources = readdirSync(MODEL_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const importers = sources.filter((f) =>
      /from '\.\.\/synthetic\//.test(readFileSync(join(MODEL_DIR, f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});

// Lint rules, including the layer rule from STYLE.md written down as data:
// model <- extract, io, render <- ui <- main.ts; model, extract, io <- cli; model <- synthetic (test data).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `../${dir}/*`, `./${dir}/*`], message })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'data', 'docs', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] } },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  layer(
    ['src/model/**'],
    ['extract', 'io', 'render', 'ui', 'cli', 'synthetic'],
    'model/ imports nothing from src/.',
  ),
  // A model/ test may feed the code under test generated rows; the code itself never sees synthetic/.
  layer(
    ['src/model/**/*.test.ts'],
    ['extract', 'io', 'render', 'ui', 'cli'],
    'model/ tests may use synthetic/ only.',
  ),
  layer(['src/synthetic/**'], ['extract', 'io', 'render', 'ui', 'cli'], 'synthetic/ builds on model/ only.'),
  layer(['src/extract/**'], ['io', 'render', 'ui', 'cli'], 'extract/ may import model/ only.'),
  layer(['src/io/**'], ['extract', 'render', 'ui', 'cli'], 'io/ may import model/ only.'),
  layer(['src/render/**'], ['extract', 'io', 'ui', 'cli'], 'render/ may import model/ only.'),
  layer(['src/ui/**'], ['cli'], 'ui/ never imports cli/.'),
  layer(['src/cli/**'], ['render', 'ui'], 'cli/ uses model, extract and io only.'),
  prettier,
);

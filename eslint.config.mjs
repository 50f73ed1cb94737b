// One lint configuration for every workspace; each workspace's `lint` script runs it on its src.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.medusa/**',
      '**/dist/**',
      '**/.data/**',
      '**/migrations/**',
      '**/importMap.js',
      '**/payload-types.ts',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/scripts/**', '**/bin/**', '**/tests/**', '**/*.test.ts', '**/*.spec.ts'],
    rules: { 'no-console': 'off' },
  },
)

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'crypto',
  'url',
  'stream',
  'worker_threads',
  'events',
  'process',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The domain is pure: no electron, no UI, no I/O, no DOM, no real clock.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/__tests__/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'react',
            'react-dom',
            'zustand',
            'ws',
            'conf',
            'electron-store',
            ...nodeBuiltins,
          ],
          patterns: ['node:*', '@nut-tree-fork/*', 'react/*', '**/main/**', '**/renderer/**'],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Time is an argument in shared/: take `now` as a parameter.',
        },
        { object: 'performance', property: 'now', message: 'Time is an argument in shared/.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness is an argument in shared/: take `random` as a parameter.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is an argument in shared/.',
        },
      ],
    },
  },
  {
    // The host runs in plain Node: the Electron shell is the only place that may touch electron.
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'electron-store', 'react'], patterns: ['**/renderer/**', '**/electron/**'] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'ws', 'conf', 'electron-store', ...nodeBuiltins],
          patterns: [
            { group: ['node:*', '**/main/**'] },
            {
              // Screens read the view the host pushes; the engine's state and rules stay behind the contract.
              group: [
                '**/shared/meeting/*',
                '!**/shared/meeting/meeting.view',
                '!**/shared/meeting/meeting.view.people',
                '!**/shared/meeting/meeting.clocked',
                '!**/shared/meeting/meeting.commands',
                '!**/shared/meeting/meeting.vocabulary',
                '!**/shared/meeting/quick.actions',
                '!**/shared/meeting/floor.keys',
                '**/shared/nudges/nudge.schedule',
                '**/shared/nudges/nudge.fire',
              ],
              message:
                'The renderer reads the pushed MeetingView (shared/meeting/meeting.view), not engine internals.',
            },
          ],
        },
      ],
    },
  },
);

/**
 * The architecture's boundaries (docs/ARCHITECTURE.md §2) as lint errors. `npm run lint` fails on any of them;
 * tests/unit/boundaries.test.ts plants a violation to prove each rule can fail.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-plain-node',
      comment: 'core/ runs on Node built-ins only: no electron, DOM libraries, database, CLI or UI code.',
      severity: 'error',
      from: { path: '^core/' },
      to: {
        path: [
          '^(db|cli|renderer|electron)/',
          '(^|/)node_modules/(electron|react|react-dom|better-sqlite3|drizzle-orm)/',
        ],
      },
    },
    {
      name: 'db-uses-core-ports-and-domain-only',
      comment:
        'db/ implements core/ports with core/domain types and core/shared values; it never calls services, the API or the UI.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ['^core/(?!ports/|domain/|shared/)', '^(cli|renderer|electron)/', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'renderer-has-no-node',
      comment: 'The page reaches the register only through window.api.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron-db-cli',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^(db|cli|electron)/', '(^|/)node_modules/(electron|better-sqlite3|drizzle-orm)/'] },
    },
    {
      name: 'renderer-imports-only-types-from-core',
      comment:
        'Types from core/ only, and the pure values of core/shared; the contract and its zod schemas may be shared for form validation.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^core/(?!api/(contract|schemas)\\.ts$|shared/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-is-pure',
      comment:
        'core/shared holds values and rules the page imports too: no Node built-ins, no packages, nothing outside core/shared.',
      severity: 'error',
      from: { path: '^core/shared/' },
      to: { pathNot: '^core/shared/' },
    },
    {
      name: 'only-composition-roots-wire-core-to-db',
      comment: 'Only electron/main and cli/ (and scripts/tests) import db/.',
      severity: 'error',
      from: { path: '^(core|renderer|electron/preload)/' },
      to: { path: '^db/' },
    },
    {
      name: 'electron-only-in-electron',
      comment: "Only electron/ imports 'electron'; everything else runs and is tested without the binary.",
      severity: 'error',
      from: { path: '^(?!electron/)' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'browser-fallback-runs-without-electron',
      comment:
        "electron/browser is npm start's shell where Electron's binary is missing (docs/ARCHITECTURE.md): it reuses " +
        "electron/main's composition and app:// handler, never 'electron' itself, the preload or main's entry.",
      severity: 'error',
      from: { path: '^electron/browser/' },
      to: { path: ['(^|/)node_modules/electron/', '^electron/preload/', '^electron/main/index\\.ts$'] },
    },
    {
      name: 'preload-imports-no-main',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^electron/main/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: '^(out|node_modules|test-results|artifacts)/' },
  },
};

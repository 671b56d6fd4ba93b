import { createTheme } from '@mantine/core';

/**
 * Calm and dense: small controls, tight spacing, one sober accent. System fonts only (the CSP allows no remote
 * fonts); Segoe UI on Windows and Noto/DejaVu on Linux all carry full Vietnamese diacritics.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif',
  fontFamilyMonospace: '"Cascadia Mono", Consolas, "Noto Sans Mono", "DejaVu Sans Mono", monospace',
  headings: { fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif', fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    NativeSelect: { defaultProps: { size: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 4, horizontalSpacing: 'xs', fz: 'sm' } },
  },
});

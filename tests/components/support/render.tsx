import './dom.ts';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { type Language, initI18n } from '../../../renderer/ui/i18n/index.ts';
import { Providers } from '../../../renderer/ui/Providers.tsx';

/** Renders a component the way the app does (theme + i18n), with transitions and portals off. */
export function renderUi(ui: ReactElement, language: Language = 'vi') {
  initI18n(language);
  return render(<Providers env="test">{ui}</Providers>);
}

import { Kbd, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFrame } from '../../stores/frame.ts';
import { AREAS } from './areas.ts';

/** The work areas as a plain list of buttons, each with its Alt+n shortcut shown. */
export function FrameNav() {
  const { t } = useTranslation();
  const area = useFrame((s) => s.area);
  const setArea = useFrame((s) => s.setArea);
  return (
    <nav aria-label={t('frame.navLabel')}>
      {AREAS.map((id, i) => (
        <NavLink
          key={id}
          component="button"
          type="button"
          label={t(`areas.${id}`)}
          active={id === area}
          aria-current={id === area ? 'page' : undefined}
          onClick={() => setArea(id)}
          rightSection={<Kbd size="xs">Alt+{i + 1}</Kbd>}
          py={6}
        />
      ))}
    </nav>
  );
}

import { Kbd, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFrame } from '../../stores/frame.ts';
import { usePermissions } from '../../stores/session.ts';
import { AREA_SHORTCUT, AREAS, canOpenArea } from './areas.ts';

/** The work areas this user may open, as a plain list of buttons, each with its (fixed) Alt+n shortcut shown. */
export function FrameNav() {
  const { t } = useTranslation();
  const area = useFrame((s) => s.area);
  const setArea = useFrame((s) => s.setArea);
  const permissions = usePermissions();
  return (
    <nav aria-label={t('frame.navLabel')}>
      {AREAS.map((id) =>
        canOpenArea(id, permissions) ? (
          <NavLink
            key={id}
            component="button"
            type="button"
            label={t(`areas.${id}`)}
            active={id === area}
            aria-current={id === area ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${AREA_SHORTCUT[id]}`}
            onClick={() => setArea(id)}
            rightSection={<Kbd size="xs">Alt+{AREA_SHORTCUT[id]}</Kbd>}
            py={6}
          />
        ) : null,
      )}
    </nav>
  );
}

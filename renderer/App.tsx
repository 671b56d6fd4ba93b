import { useEffect } from 'react';
import { Frame } from './features/frame/Frame.tsx';
import { RecoveryCodeScreen } from './features/setup/RecoveryCodeScreen.tsx';
import { SetupScreen } from './features/setup/SetupScreen.tsx';
import { UnlockScreen } from './features/unlock/UnlockScreen.tsx';
import { useSession } from './stores/session.ts';
import { useSetup } from './stores/setup.ts';
import { HelpModal } from './ui/help/HelpModal.tsx';
import { useHelpScreen } from './ui/help/useHelpScreen.ts';
import { useKeyboardShortcut } from './ui/useKeyboardShortcut.ts';
import { useHelp } from './stores/help.ts';
import { StartupScreen } from './ui/StartupScreen.tsx';

/** Picks the one screen the register's state allows; the register, not the page, decides. */
export function App() {
  const phase = useSession((s) => s.phase);
  const recovery = useSetup((s) => s.recovery);
  const helpScreen = useHelpScreen();

  useEffect(() => {
    void useSession.getState().refresh();
  }, []);

  // F1 works on every screen, including set-up and unlock.
  useKeyboardShortcut('F1', () => useHelp.getState().toggle());

  let screen: React.ReactNode;
  if (recovery) screen = <RecoveryCodeScreen recovery={recovery} />;
  else if (phase === 'uninitialised') screen = <SetupScreen />;
  else if (phase === 'locked') screen = <UnlockScreen />;
  else if (phase === 'unlocked') screen = <Frame />;
  else screen = <StartupScreen />;

  return (
    <>
      {screen}
      <HelpModal screen={helpScreen} />
    </>
  );
}

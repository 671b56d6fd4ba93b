import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from '../theme.ts';

interface Props {
  children: ReactNode;
  /** 'test' turns off transitions and portals so component tests see every element at once. */
  env?: 'default' | 'test';
}

/** Everything a screen needs around it; shared by the app entry and the component tests. */
export function Providers({ children, env = 'default' }: Props) {
  return (
    <MantineProvider theme={theme} forceColorScheme="light" env={env}>
      {children}
    </MantineProvider>
  );
}

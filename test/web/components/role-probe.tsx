/** For tests of views whose controls depend on the role: a way to wait until the provider knows it. */
import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { useProject } from '../../../web/src/project.js';

/** Renders the role the provider holds, empty while it loads. */
export function RoleProbe() {
  const { role } = useProject();
  return <output data-testid="role">{role ?? ''}</output>;
}

/** Waits until the provider holds `role`, so a missing control means the role hid it, not that it had not loaded. */
export const roleLoaded = (role: string) => waitFor(() => expect(screen.getByTestId('role').textContent).toBe(role));

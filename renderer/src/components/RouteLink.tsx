import type { ReactNode } from 'react';
import { routeHash, useUi, type Route } from '../store/ui';

/** An in-app link: a real <a href> (so it is announced and can be opened by keyboard) that switches screens without a reload. */
export const RouteLink = ({ to, children, current }: { to: Route; children: ReactNode; current?: boolean }) => {
  const navigate = useUi((s) => s.navigate);
  return (
    <a
      href={routeHash(to)}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
};

import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { routeHash, type Route } from '../app/route';
import { useUi } from '../store/ui';

/** An in-app link: a real <a href> (so it is announced and can be opened by keyboard) that switches screens without a reload. */
export const RouteLink = ({
  to,
  children,
  current,
  label,
  attrs,
}: {
  to: Route;
  children: ReactNode;
  current?: boolean;
  label?: string;
  /** Extra attributes (a shortcut's tooltip and aria-keyshortcuts). */
  attrs?: AnchorHTMLAttributes<HTMLAnchorElement> & Record<`data-${string}`, string>;
}) => {
  // Read at the click, not subscribed: a list of thousands of links (the bank) renders
  // each without a store subscription.
  return (
    <a
      {...attrs}
      href={routeHash(to)}
      aria-current={current ? 'page' : undefined}
      aria-label={label}
      onClick={(e) => {
        e.preventDefault();
        useUi.getState().navigate(to);
      }}
    >
      {children}
    </a>
  );
};

/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10: renders the same tree before and after
 * hydration at every width, so a phone does not re-render the page layout after hydration
 * (decisions/0010). CSS already hides the desktop sidebar below 997 px, as it does in the server
 * HTML; the mobile filler renders nothing on the page itself, it only fills the navbar's menu.
 */
import React, {type ReactNode} from 'react';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';

export default function DocSidebar(props: Props): ReactNode {
  return (
    <>
      <DocSidebarDesktop {...props} />
      <DocSidebarMobile {...props} />
    </>
  );
}

/**
 * Wraps theme-classic's phone menu so that it mounts once the browser is idle, in a transition, or
 * at once if it is opened sooner. On a phone the stock navbar mounts the whole menu (every navbar
 * item and the docs sidebar) in the update that follows hydration, though the menu is closed: the
 * longest task left on a docs page (decisions/0010). Until then it is closed and hidden, as before.
 */
import React, {type ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {useReadyWhenIdle} from '@site/src/hooks/useReadyWhenIdle';

export default function NavbarMobileSidebarWhenIdle(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const idle = useReadyWhenIdle();
  return idle || shown ? <NavbarMobileSidebar /> : null;
}

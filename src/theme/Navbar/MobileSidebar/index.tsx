/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10. On a phone the stock navbar mounts its
 * whole menu (every navbar item and the docs sidebar) in the synchronous update that follows
 * hydration, though the menu is closed: the longest task left on a docs page (decisions/0010). Here
 * the menu mounts once the browser is idle, in a transition, or at once if it is opened sooner.
 * It is closed and hidden until then, as before.
 */
import React, {type ReactNode} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import {useReadyWhenIdle} from '@site/src/hooks/useReadyWhenIdle';

export default function NavbarMobileSidebar(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const idle = useReadyWhenIdle();

  if (!mobileSidebar.shouldRender || !(idle || mobileSidebar.shown)) {
    return null;
  }

  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}

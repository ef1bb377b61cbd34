/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10. The stock component hands its props to
 * NavbarSecondaryMenuFiller, which memoizes them by sorting their keys with localeCompare. The first
 * localeCompare on a page builds the ICU collator, a 15 ms task on a fast laptop and four times
 * that on a phone (decisions/0010). One key needs no sorting, so the props travel as one memoized
 * object.
 */
import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  NavbarSecondaryMenuFiller,
  type NavbarSecondaryMenuComponent,
  ThemeClassNames,
} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

type MenuProps = {menu: Pick<Props, 'sidebar' | 'path'>};

const DocSidebarMobileSecondaryMenu: NavbarSecondaryMenuComponent<MenuProps> = ({menu}) => {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={menu.sidebar}
        activePath={menu.path}
        onItemClick={(item) => {
          // Close the menu when the click navigates: a link, or a category that has a page.
          if (item.type === 'link' || (item.type === 'category' && item.href)) {
            mobileSidebar.toggle();
          }
        }}
        level={1}
      />
    </ul>
  );
};

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{menu}} />;
}

export default React.memo(DocSidebarMobile);

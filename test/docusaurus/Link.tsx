/** Docusaurus' Link needs the generated site context; component tests only need the anchor. */
import type {ReactNode} from 'react';

export default function Link({
  to,
  href,
  children,
  ...rest
}: {
  readonly to?: string;
  readonly href?: string;
  readonly children?: ReactNode;
} & Record<string, unknown>): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}

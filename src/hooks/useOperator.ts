import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {operatorFromCustomFields, type OperatorConfig} from '@site/src/lib/site/operator';

/** The operator's names and links from the site config (the same on server and client). */
export function useOperator(): OperatorConfig {
  const {siteConfig} = useDocusaurusContext();
  return operatorFromCustomFields(siteConfig?.customFields);
}

/**
 * Build plugin: adds the stylesheet whose container queries switch wide Markdown tables to cards
 * at the box width src/plugins/rehype-table-cards chose for each (decisions/0009). Generated from
 * the breakpoints in src/lib/site/tableCards.ts, so the plugin that picks a breakpoint and the CSS
 * that honours it cannot disagree.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {cardBreakpointsCss} from '../../lib/site/tableCards';

export default function tableCardBreakpointsPlugin(context: LoadContext): Plugin {
  const dir = path.join(context.generatedFilesDir, 'table-card-breakpoints');
  const stylesheet = path.join(dir, 'table-card-breakpoints.css');
  mkdirSync(dir, {recursive: true});
  writeFileSync(stylesheet, cardBreakpointsCss());
  return {
    name: 'table-card-breakpoints',
    getClientModules() {
      return [stylesheet];
    },
  };
}

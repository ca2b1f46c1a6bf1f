// The register as Markdown: a GFM table (one per group when grouped) built as an mdast tree and
// stringified by remark, as src/render/markdown.ts does, so that "|" or "*" in a notice never
// breaks a row.
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Labels } from '../../render/labels.js';
import { emphasis, heading, paragraph, root, strong, table, text } from '../../render/mdast.js';
import type { RootContent } from 'mdast';
import type { Group } from '../order.js';
import type { TaskRow } from '../register.js';
import { READING_COLUMNS, type ViewRow } from './columns.js';

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*' });

export interface MarkdownHeader {
  asOf: string;
  documents: number;
}

function rowsTable(rows: readonly TaskRow[], views: Map<TaskRow, ViewRow>, L: Labels): RootContent {
  if (rows.length === 0) return paragraph(emphasis(text(L.t('none.tasks'))));
  return table(READING_COLUMNS.map((c) => L.t(c.label)), rows.map((r) => READING_COLUMNS.map((c) => c.value(views.get(r)!, L))));
}

export function renderTasksMarkdown(groups: readonly Group[] | null, rows: readonly TaskRow[], views: Map<TaskRow, ViewRow>, L: Labels, head: MarkdownHeader): string {
  const children: RootContent[] = [
    heading(1, text(L.t('register'))),
    paragraph(strong(text(`${L.count(rows.length, 'count.task')} · ${L.count(head.documents, 'count.document')} · ${L.t('as of')} ${head.asOf}`))),
  ];
  if (!groups) children.push(rowsTable(rows, views, L));
  else for (const g of groups) children.push(heading(2, text(`${g.key} (${L.count(g.rows.length, 'count.task')})`)), rowsTable(g.rows, views, L));
  return processor.stringify(root(children));
}

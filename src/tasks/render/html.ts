// The register as one self-contained HTML file (no network when it is viewed: styles, script and
// drawing inline): counts per actor and per domain, a timeline of deadlines (tasks falling due per
// month, stacked by status, with the --as-of day marked), and the register as a table that sorts
// on a click on a header and filters by actor, status, domain and words; every row opens onto the
// directive's own text. Built as a hast tree (hastscript) and serialised by hast-util-to-html, so
// that every text of a notice is escaped.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { lexicon } from '../../extract/domains/lexicon.js';
import type { Labels } from '../../render/labels.js';
import { TASK_ROLES, dueOf } from '../register.js';
import { STATUSES, type Status } from '../status.js';
import { column, READING_COLUMNS, type ViewRow } from './columns.js';

export interface HtmlOptions {
  asOf: string;
  soon: number;
  documents: number;
}

const COLOURS: Record<Status, string> = { overdue: '#c62828', 'due-soon': '#ef8f00', open: '#2e7d32', recurring: '#1565c0', 'no-deadline': '#9e9e9e' };

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem;margin:0 0 .2rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
.meta{color:#555;margin-bottom:1rem}
.panels{display:flex;gap:2rem;flex-wrap:wrap;align-items:flex-start}.panels section{max-height:19rem;max-width:44rem;overflow:auto}td.due{white-space:nowrap}
table{border-collapse:collapse}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5;position:sticky;top:0;z-index:1}
#register th{cursor:pointer;user-select:none}#register th[aria-sort=ascending]::after{content:" ▲"}#register th[aria-sort=descending]::after{content:" ▼"}
td.n{text-align:right}td.gist{min-width:24rem}td.who{min-width:11rem}.status{font-weight:600;white-space:nowrap}
${STATUSES.map((s) => `.s-${s}{color:${COLOURS[s]}}`).join('')}
details summary{cursor:pointer}details p{white-space:pre-wrap;max-width:60rem;color:#333;background:#fafafa;padding:.5rem;border-left:3px solid #bbb}
.controls{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0 1rem}.controls label{display:flex;flex-direction:column;font-size:.85rem;color:#555}
.controls input,.controls select{font:inherit;padding:.2rem .4rem;min-width:14rem}
button.pick{background:none;border:none;color:#1565c0;cursor:pointer;padding:0;font:inherit;text-align:left}
.legend span{margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
#count{color:#555}`;

// Folding in the page: lower case, marks removed, đ → d, so that "bo cong thuong" finds "Bộ Công Thương".
const SCRIPT = `
(function(){
const fold=s=>s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/[đĐ]/g,'d').toLowerCase().replace(/\\s+/g,' ').trim();
const body=document.querySelector('#register tbody');const rows=[...body.rows];
const actor=document.getElementById('f-actor'),status=document.getElementById('f-status'),domain=document.getElementById('f-domain'),words=document.getElementById('f-words');
const count=document.getElementById('count');
for(const r of rows){r._actors=fold(r.dataset.actors);r._text=fold(r.textContent);}
function apply(){const a=fold(actor.value),s=status.value,d=domain.value,w=fold(words.value);let n=0;
for(const r of rows){const show=(!a||r._actors.includes(a))&&(!s||r.dataset.status===s)&&(!d||r.dataset.domains.split(' ').includes(d))&&(!w||r._text.includes(w));r.hidden=!show;if(show)n++;}
count.textContent=n+' / '+rows.length;}
for(const el of [actor,status,domain,words])el.addEventListener('input',apply);
for(const b of document.querySelectorAll('button.pick'))b.addEventListener('click',()=>{const f=document.getElementById(b.dataset.field);f.value=b.dataset.value;apply();document.getElementById('register').scrollIntoView();});
document.querySelectorAll('#register th').forEach((th,i)=>th.addEventListener('click',()=>{
const dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
document.querySelectorAll('#register th').forEach(x=>x.removeAttribute('aria-sort'));th.setAttribute('aria-sort',dir);
const key=r=>{const c=r.cells[i];return c.dataset.sort!==undefined?c.dataset.sort:c.textContent;};
const sorted=[...body.rows].sort((x,y)=>{const a=key(x),b=key(y);if(a===''&&b!=='')return 1;if(b===''&&a!=='')return -1;const c=a.localeCompare(b,'vi',{numeric:true});return dir==='ascending'?c:-c;});
for(const r of sorted)body.appendChild(r);}));
apply();
})();`;

/** Counts of tasks per body and role, and how many of its tasks are overdue. */
function actorCounts(views: readonly ViewRow[], L: Labels): Element {
  const counts = new Map<string, { roles: Record<string, number>; overdue: number }>();
  for (const { row, status } of views) {
    const seen = new Set<string>();
    for (const role of TASK_ROLES) {
      for (const name of row.actors[role]) {
        const c = counts.get(name) ?? { roles: {}, overdue: 0 };
        c.roles[role] = (c.roles[role] ?? 0) + 1;
        if (status === 'overdue' && !seen.has(name)) c.overdue++;
        seen.add(name);
        counts.set(name, c);
      }
    }
  }
  const total = (c: { roles: Record<string, number> }): number => Object.values(c.roles).reduce((a, b) => a + b, 0);
  const sorted = [...counts].sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b, 'vi'));
  return h('table#actors', [
    h('thead', h('tr', [L.t('actor'), ...TASK_ROLES.map((r) => L.t(r)), L.t('status.overdue')].map((t) => h('th', t)))),
    h('tbody', sorted.map(([name, c]) => h('tr', [
      h('td', h('button.pick', { type: 'button', dataField: 'f-actor', dataValue: name }, name)),
      ...TASK_ROLES.map((r) => h('td.n', c.roles[r] ? String(c.roles[r]) : '')),
      h('td.n.s-overdue', c.overdue ? String(c.overdue) : ''),
    ]))),
  ]);
}

function domainCounts(views: readonly ViewRow[], L: Labels): Element {
  const counts = new Map<string, number>();
  for (const { row } of views) for (const d of row.domains) counts.set(d, (counts.get(d) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || lexicon.ids.indexOf(a) - lexicon.ids.indexOf(b));
  return h('table#domains', [
    h('thead', h('tr', [L.t('domain'), L.t('label'), L.t('tasks')].map((t) => h('th', t)))),
    h('tbody', sorted.map(([id, n]) => h('tr', [
      h('td', h('button.pick', { type: 'button', dataField: 'f-domain', dataValue: id }, id)),
      h('td', lexicon.labels.get(id) ?? id),
      h('td.n', String(n)),
    ]))),
  ]);
}

/**
 * Tasks falling due per month (per year when they span more than five years), stacked by status,
 * as an SVG bar chart; the --as-of day a dashed line.
 */
function timeline(views: readonly ViewRow[], L: Labels, asOf: string): ElementContent {
  const dues = views.flatMap((v) => {
    const due = dueOf(v.row);
    return due ? [{ due, status: v.status }] : [];
  });
  if (dues.length === 0) return h('p', h('em', L.t('none.deadlines')));
  const months = monthsBetween([...dues.map((d) => d.due), asOf].sort()[0]!.slice(0, 7), [...dues.map((d) => d.due), asOf].sort().at(-1)!.slice(0, 7));
  const byYear = months.length > 60;
  const bucketOf = (iso: string): string => iso.slice(0, byYear ? 4 : 7);
  const buckets = [...new Set(months.map(bucketOf))];
  const stacks = new Map<string, Map<Status, number>>();
  for (const { due, status } of dues) {
    const m = stacks.get(bucketOf(due)) ?? new Map<Status, number>();
    m.set(status, (m.get(status) ?? 0) + 1);
    stacks.set(bucketOf(due), m);
  }
  const max = Math.max(...[...stacks.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  const barW = Math.max(6, Math.min(36, Math.floor(1000 / buckets.length)));
  const height = 140;
  const left = 30;
  const width = left + buckets.length * barW + 10;
  const marks: ElementContent[] = [];
  let lastLabel = -Infinity;
  buckets.forEach((bucket, i) => {
    const x = left + i * barW;
    let y = height;
    for (const s of STATUSES) {
      const n = stacks.get(bucket)?.get(s) ?? 0;
      if (!n) continue;
      const hgt = Math.max(2, Math.round((n / max) * (height - 10)));
      y -= hgt;
      marks.push(h('rect', { x, y, width: barW - 2, height: hgt, fill: COLOURS[s] }, h('title', `${bucket}: ${n} ${L.t(`status.${s}`)}`)));
    }
    // A label where there is room for one: every year of a monthly chart, every few years of a yearly one.
    if ((byYear || bucket.endsWith('-01') || i === 0) && x - lastLabel >= 40) {
      marks.push(h('text', { x, y: height + 14, fontSize: 11, fill: '#555' }, bucket.slice(0, 4)));
      lastLabel = x;
    }
  });
  const at = buckets.indexOf(bucketOf(asOf));
  const within = byYear ? (Date.parse(asOf) - Date.parse(`${asOf.slice(0, 4)}-01-01`)) / (366 * 86_400_000) : (Number(asOf.slice(8, 10)) - 1) / 31;
  const x = left + at * barW + within * barW;
  marks.push(h('line', { x1: x, x2: x, y1: 0, y2: height, stroke: '#000', strokeDasharray: '3 2' }, h('title', `${L.t('as of')} ${asOf}`)));
  return h('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height: height + 20, viewBox: `0 0 ${width} ${height + 20}`, role: 'img', ariaLabel: L.t('heading.timeline') }, [
    h('text', { x: 0, y: 12, fontSize: 11, fill: '#555' }, String(max)),
    ...marks,
  ]);
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

function registerTable(views: readonly ViewRow[], L: Labels): Element {
  const cols = ['status', 'due', 'document', 'directive', 'gist', 'lead', 'coordinate', 'assignee', 'report_to', 'deadline', 'domains'].map((n) => column(READING_COLUMNS, n));
  return h('table#register', [
    h('thead', h('tr', cols.map((c) => h('th', { scope: 'col' }, L.t(c.label))))),
    h('tbody', views.map((v, i) => h('tr', {
      id: `task-${i + 1}`,
      dataStatus: v.status,
      dataDomains: v.row.domains.join(' '),
      dataActors: TASK_ROLES.flatMap((r) => v.row.actors[r]).join(' | '),
    }, cols.map((c) => {
      const value = c.value(v, L);
      if (c.name === 'status') return h(`td.status.s-${v.status}`, { dataSort: String(STATUSES.indexOf(v.status)) }, value);
      if (c.name === 'due') return h('td.due', value);
      if (c.name === 'gist') return h('td.gist', h('details', [h('summary', value), h('p', v.row.text)]));
      if (c.name === 'document') return h('td', { title: v.row.document.path }, [value, h('br'), h('small', v.row.document.issuer ?? '')]);
      return h(['lead', 'coordinate', 'assignee', 'report_to'].includes(c.name) ? 'td.who' : 'td', value);
    })))),
  ]);
}

function select(id: string, label: string, options: Array<[string, string]>, all: string): Element {
  return h('label', [label, h(`select#${id}`, [h('option', { value: '' }, all), ...options.map(([v, t]) => h('option', { value: v }, t))])]);
}

export function renderHtml(views: readonly ViewRow[], L: Labels, options: HtmlOptions): string {
  const domains = [...new Set(views.flatMap((v) => v.row.domains))].sort((a, b) => lexicon.ids.indexOf(a) - lexicon.ids.indexOf(b));
  const actors = [...new Set(views.flatMap((v) => TASK_ROLES.flatMap((r) => v.row.actors[r])))].sort((a, b) => a.localeCompare(b, 'vi'));
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: L.lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', `${L.t('register')} · ${L.t('as of')} ${options.asOf}`),
        h('style', STYLE),
      ]),
      h('body', [
        h('h1', L.t('register')),
        h('p.meta', `${L.count(views.length, 'count.task')} · ${L.count(options.documents, 'count.document')} · ${L.t('as of')} ${options.asOf}`),
        h('div.panels', [
          h('section', [h('h2', L.t('heading.actors')), actorCounts(views, L)]),
          h('section', [h('h2', L.t('heading.domains')), domainCounts(views, L)]),
        ]),
        h('h2', L.t('heading.timeline')),
        h('p.legend', STATUSES.map((s) => h('span', [h('i', { style: `background:${COLOURS[s]}` }), L.t(`status.${s}`)]))),
        timeline(views, L, options.asOf),
        h('h2', [L.t('heading.tasks'), ' ', h('span#count')]),
        h('div.controls', [
          h('label', [L.t('actor'), h('input#f-actor', { type: 'search', list: 'actor-names', autocomplete: 'off' })]),
          h('datalist#actor-names', actors.map((a) => h('option', { value: a }))),
          select('f-status', L.t('status'), STATUSES.map((s) => [s, L.t(`status.${s}`)]), L.t('all')),
          select('f-domain', L.t('domain'), domains.map((d) => [d, `${d} — ${lexicon.labels.get(d) ?? d}`]), L.t('all')),
          h('label', [L.t('text'), h('input#f-words', { type: 'search', autocomplete: 'off' })]),
        ]),
        registerTable(views, L),
        h('script', SCRIPT),
      ]),
    ]),
  ]);
  return toHtml(tree) + '\n';
}

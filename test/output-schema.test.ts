import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../src/types.js';
import { validateOutput } from '../src/validate/output-schema.js';

const schema = createRequire(import.meta.url)('../schema/output.schema.json');

// The example of SPEC.md "Output", with its values; the "…" placeholders filled with text of corpus/002.
function example(): ExtractedDocument {
  return {
    schemaVersion: 1,
    source: {
      path: 'corpus/002_01045addc55f0d23.txt',
      sha256: '9f2c1b0e6d4a3f5e7c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
      encoding: 'utf-8',
      format: 'text',
      length: 7377,
    },
    document: {
      kind: 'official',
      type: 'TB',
      number: '330/TB-VPCP',
      issuer: 'Văn phòng Chính phủ',
      place: 'Hà Nội',
      date: '2015-10-02',
      title: 'THÔNG BÁO Ý KIẾN CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ KẾT QUẢ HỘI NGHỊ TRỰC TUYẾN TOÀN QUỐC',
      signer: { name: 'Nguyễn Văn Nên', title: 'Bộ trưởng, Chủ nhiệm' },
      recipients: ['Thủ tướng, các Phó Thủ tướng Chính phủ', 'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP'],
      references: [{ number: '15/CT-TTg', type: 'CT', date: '2015-07-07', text: 'Chỉ thị 15/CT-TTg ngày 07 tháng 7 năm 2015', span: [0, 0] }],
    },
    directives: [
      {
        id: '3',
        numbered: true,
        text: '3. … giao Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Công Thương triển khai thực hiện.',
        span: [0, 0],
        urgent: false,
        actors: [
          { name: 'Bộ Thông tin và Truyền thông', role: 'lead', type: 'ministry', text: 'Bộ Thông tin và Truyền thông', span: [0, 0] },
        ],
        deadlines: [{ text: 'trước ngày 8/9/2023', kind: 'by', value: '2023-09-08', precision: 'day', span: [0, 0] }],
        domains: [{ id: 'economy', score: 0.8, evidence: ['FTA', 'thương mại'] }],
        children: [],
      },
    ],
  };
}

// Each broken variant and the one message it must produce.
const broken: [string, (d: any) => void, string][] = [
  ['missing schemaVersion', (d) => delete d.schemaVersion, "/ must have required property 'schemaVersion'"],
  [
    'bad role',
    (d) => (d.directives[0].actors[0].role = 'owner'),
    '/directives/0/actors/0/role must be equal to one of the allowed values: issuer, assignee, lead, coordinate, report-to',
  ],
  [
    'deadline value "2023-9-8"',
    (d) => (d.directives[0].deadlines[0].value = '2023-9-8'),
    `/directives/0/deadlines/0/value must match pattern "${schema.$defs.deadline.properties.value.pattern}"`,
  ],
  ['span with 3 items', (d) => (d.directives[0].span = [0, 10, 20]), '/directives/0/span must NOT have more than 2 items'],
  [
    'unknown domain id',
    (d) => (d.directives[0].domains[0].id = 'finance'),
    '/directives/0/domains/0/id must be equal to one of the allowed values: economy, foreign-affairs, defence, security, law, culture, society, health, education, science-technology, environment, information, organization, infrastructure, agriculture',
  ],
  [
    'broken child (children are directives, recursively)',
    (d) => d.directives[0].children.push({ ...d.directives[0], id: '3.a', urgent: 'ngay', children: [] }),
    '/directives/0/children/0/urgent must be boolean',
  ],
];

describe('validateOutput', () => {
  it('accepts the SPEC.md example', () => {
    expect(validateOutput(example())).toEqual([]);
  });

  it.each(broken)('rejects %s', (_name, breakIt, message) => {
    const doc = example();
    breakIt(doc);
    expect(validateOutput(doc)).toEqual([message]);
  });

  it('accepts omitted or null optional fields and extra fields', () => {
    const doc: any = example();
    doc.document = { kind: 'news', type: null, date: null, signer: null, recipients: [], references: [], outlet: 'VOH' };
    doc.directives[0].deadlines = [
      { text: 'hằng năm', kind: 'recurring', value: 'P1Y', precision: 'duration', span: [5, 13] },
      { text: 'báo cáo định kỳ', kind: 'recurring', value: null, precision: null, span: [0, 15] },
      { text: 'trong 2 năm tới', kind: 'by', value: '2016', precision: 'year', relative: 'P2Y', span: [1, 2] },
      { text: 'giai đoạn 2021–2025', kind: 'period', value: '2021/2025', precision: 'year', span: [3, 4] },
    ];
    doc.directives[0].extraScore = 1;
    expect(validateOutput(doc)).toEqual([]);
  });

  it.each(['2016', '2014-06', '2023-09-08', '2024-Q3', '2024-H1', '2021/2025', 'P1Y', 'P3M', 'P6M', 'P1M', 'P2Y', 'P10D'])(
    'accepts deadline value %s',
    (value) => {
      const doc = example();
      doc.directives[0].deadlines[0].value = value;
      expect(validateOutput(doc)).toEqual([]);
    },
  );

  it.each(['2023-9-8', '2014-13', '2024-Q5', '2024-H3', '21/2025', 'P', 'P1', '8/9/2023', ''])('rejects deadline value %j', (value) => {
    const doc = example();
    doc.directives[0].deadlines[0].value = value;
    expect(validateOutput(doc)).toHaveLength(1);
  });

  it('reports every problem at once', () => {
    const doc: any = example();
    doc.source.encoding = 'latin-1';
    doc.directives[0].span = [-1, 3];
    expect(validateOutput(doc)).toEqual([
      '/source/encoding must be equal to one of the allowed values: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni-windows',
      '/directives/0/span/0 must be >= 0',
    ]);
  });
});

import { describe as describeValues, expect as expectValue, it as itValue } from 'vitest';
import { validateOutput as validate } from '../src/validate/output-schema.js';

describeValues('deadline values: ISO at their precision, intervals, durations', () => {
  const withValue = (value: string) => ({
    schemaVersion: 1,
    source: { path: 'x.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', length: 10 },
    document: { kind: 'news', type: null, number: null, issuer: null, place: null, date: null, title: null, signer: null, recipients: [], references: [] },
    directives: [{ id: 's1', numbered: false, text: 'x', span: [0, 1], urgent: false, actors: [], domains: [], children: [],
      deadlines: [{ text: 'x', kind: 'period', value, precision: 'day', span: [0, 1] }] }],
  });
  itValue.each(['2016', '2014-06', '2024-Q3', '2024-H1', '2021/2025', '2025-09-15/2025-09-30', '2025-Q3/2025-Q4', 'P1Y', 'P10D'])('%s is valid', (v) => {
    expectValue(validate(withValue(v))).toEqual([]);
  });
  itValue.each(['2023-9-8', '2024-13', '2024-Q5', '2021/25', 'P'])('%s is not', (v) => {
    expectValue(validate(withValue(v))).not.toEqual([]);
  });
});

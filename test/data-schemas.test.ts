// The knowledge files (src/data/) against their JSON Schemas (schema/data/): every file has one and
// matches it; each schema turns down made-up broken variants of its file with the exact place and
// reason, in the source form of the validators (ajv at run time) and in the standalone code the
// build generates (dist/, `npm test` builds first) alike; a broken file stops loadData, and the
// command line, with one line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkData } from '../src/data/load.js';
import { DATA_FILES, schemaPath } from '../src/data/validators.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (name: string): Json => JSON.parse(readFileSync(`src/data/${name}`, 'utf8')) as Json;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** The standalone validators the build generated, through the compiled loader. */
const built = (await import('../dist/data/load.js')) as { checkData: typeof checkData };

describe('every knowledge file has a schema and matches it', () => {
  it('lists every JSON file of src/data/ and nothing else, each with its schema', () => {
    expect(jsonFiles('src/data').map((p) => relative('src/data', p)).sort()).toEqual([...DATA_FILES].sort());
    const schemas = jsonFiles('schema/data').map((p) => p.replaceAll('\\', '/')).filter((p) => !p.endsWith('common.schema.json'));
    expect(schemas.sort()).toEqual(DATA_FILES.map(schemaPath).sort());
  });

  it.each(DATA_FILES.map((name) => [name]))('%s matches its schema (source and generated validators)', (name) => {
    expect(() => checkData(name, read(name))).not.toThrow();
    expect(() => built.checkData(name, read(name))).not.toThrow();
  });

  it.each(DATA_FILES.map((name) => [name]))('%s says where its knowledge comes from', (name) => {
    const data = read(name);
    if ('sources' in data) expect(Object.keys(data['sources'] as object).length).toBeGreaterThan(0);
    else expect(data['source']).toMatch(/\S{10}/u);
  });

  it.each([['gazetteer/central.json', 'bodies'], ['gazetteer/provinces.json', 'provinces']])('every entry of %s cites a source it lists', (name, list) => {
    const data = read(name);
    const unknown = (data[list] as Array<{ id: string; source: string }>).filter((e) => !(e.source in data['sources'])).map((e) => `${e.id}: ${e.source}`);
    expect(unknown).toEqual([]);
  });

  it.each(DATA_FILES.map((name) => [name]))('%s is written in NFC (what matching normalises to)', (name) => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { strings.push(k); walk(x); }
    };
    walk(read(name));
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });
});

/** The allowed values and patterns of the schemas, as the messages quote them. */
const ALLOWED = {
  conditions: '"illustrates", "reported-to", "coordinated", "agent-of-passive", "assigned", "genitive", "heads-another", "list-goes-on", "object", "subject"',
  actorTypes: '"party", "state-leader", "government", "ministry", "ministry-level", "government-agency", "national-assembly", "steering-committee", "province", "local", "mass-organization", "business", "collective", "person"',
  documentTypes: '"NQ", "QĐ", "CT", "TB", "KL", "CTr", "KH", "BC", "TTr", "CĐ", "HD", "ĐA", "QC", "QyĐ", "NĐ", "TT", "L", "BB", "GM", "GP", "GCN", "CV", null',
};
const PATTERN = { phrase: '"^\\S(?:.*\\S)?$"', date: '"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"', fileDate: '"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$"' };

/** [file, what is broken, the change to a copy of the real file, the place and reason reported]. */
const BROKEN: Array<[string, string, (d: Json) => void, string]> = [
  ['boilerplate.json', 'no source', (d) => delete d['source'], '/source: missing (required)'],
  ['boilerplate.json', 'an unknown key', (d) => (d['lineCue'] = ['Xem thêm']), '/lineCue: unknown key'],
  ['boilerplate.json', 'a phrase with a space before it', (d) => (d['lineCues'][2] = ' Xem thêm'), `/lineCues/2: " Xem thêm" must match pattern ${PATTERN.phrase}`],
  ['boilerplate.json', 'a phrase twice', (d) => d['lineCues'].push(d['lineCues'][0]), '/lineCues/18: "Xem cỡ chữ" repeats item 0'],

  ['cues.json', 'no "strong" list', (d) => delete d['strong'], '/strong: missing (required)'],
  ['cues.json', 'an unknown list', (d) => (d['strongs'] = ['yêu cầu']), '/strongs: unknown key'],
  ['cues.json', 'a list written as one string', (d) => (d['instruct'] = 'yêu cầu'), '/instruct: "yêu cầu" must be array'],
  ['cues.json', 'a validity that is no date', (d) => (d['validFrom'] = '2014-13'), `/validFrom: "2014-13" must match pattern ${PATTERN.fileDate}`],

  ['doc-types.json', 'a code outside SPEC.md', (d) => (d['types'][0]['code'] = 'XX'), `/types/0/code: "XX" is not one of ${ALLOWED.documentTypes}`],
  ['doc-types.json', 'a type without its words', (d) => delete d['types'][3]['words'], '/types/3/words: missing (required)'],
  ['doc-types.json', 'an unknown key of a type', (d) => (d['types'][0]['word'] = 'Nghị quyết'), '/types/0/word: unknown key'],

  ['domains.json', 'an id outside the taxonomy', (d) => { d['domains']['economics'] = d['domains']['economy']; delete d['domains']['economy']; }, '/domains/economics: unknown key'],
  ['domains.json', 'a scoring knob missing', (d) => delete d['scoring']['floor'], '/scoring/floor: missing (required)'],
  ['domains.json', 'a cue of weight 0', (d) => (d['domains']['health']['cues'][0][1] = 0), '/domains/health/cues/0/1: 0 must be > 0'],
  ['domains.json', 'a cue row without its gloss', (d) => d['domains']['law']['cues'][2].pop(), `/domains/law/cues/2: ${JSON.stringify(read('domains.json')['domains']['law']['cues'][2].slice(0, 2))} must NOT have fewer than 3 items`],
  ['domains.json', 'no validity', (d) => delete d['validTo'], '/validTo: missing (required)'],

  ['header.json', 'no signature part', (d) => delete d['signature'], '/signature: missing (required)'],
  ['header.json', 'an unknown key of a part', (d) => (d['issuer']['head'] = ['sở']), '/issuer/head: unknown key'],
  ['header.json', 'a caption window of 0 lines', (d) => (d['attachment']['captionWithin'] = 0), '/attachment/captionWithin: 0 must be >= 1'],

  ['labels.json', 'no Vietnamese table', (d) => delete d['vi'], '/vi: missing (required)'],
  ['labels.json', 'an unknown language', (d) => (d['fr'] = { lead: 'pilote' }), '/fr: unknown key'],
  ['labels.json', 'a counted noun with one form', (d) => (d['en']['lead'] = ['lead']), '/en/lead: ["lead"] must be string, or ["lead"] must NOT have fewer than 2 items'],

  ['offices.json', 'no unit words', (d) => delete d['units'], '/units: missing (required)'],
  ['offices.json', 'an unknown list', (d) => (d['unit'] = ['tỉnh']), '/unit: unknown key'],
  ['offices.json', 'an empty list', (d) => (d['titles'] = []), '/titles: [] must NOT have fewer than 1 items'],

  ['pdf-layer.json', 'no end of the ASCII range', (d) => delete d['glyphShift']['asciiTo'], '/glyphShift/asciiTo: missing (required)'],
  ['pdf-layer.json', 'an unknown key', (d) => (d['lookAlikes']['maps'] = {}), '/lookAlikes/maps: unknown key'],
  ['pdf-layer.json', 'a glyph of two characters', (d) => (d['glyphShift']['glyphs']['ab'] = { to: 'ă', votes: 2, of: 2 }), '/glyphShift/glyphs/ab: the key "ab" must match pattern "^[\\s\\S]$"'],
  ['pdf-layer.json', 'a glyph no vote gave', (d) => (Object.values(d['glyphShift']['glyphs'])[0] as Json)['votes'] = 0, `/glyphShift/glyphs/${Object.keys(read('pdf-layer.json')['glyphShift']['glyphs'])[0]}/votes: 0 must be >= 1`],

  ['table-columns.json', 'a role no column has', (d) => (d['columns'][1]['role'] = 'owner'), '/columns/1/role: "owner" is not one of "number", "lead", "coordinate", "deadline", "product", "task"'],
  ['table-columns.json', 'a rule with no header words', (d) => delete d['columns'][2]['contains'], '/columns/2: /exact: missing (required), or /contains: missing (required)'],
  ['table-columns.json', 'an unknown key of a rule', (d) => (d['columns'][0]['exacts'] = ['tt']), '/columns/0/exacts: unknown key'],

  ['time-words.json', 'a deadline kind the stage does not know', (d) => (d['kindCues']['never'] = ['không bao giờ']), '/kindCues/never: unknown key'],
  ['time-words.json', 'a unit the stage does not know', (d) => (d['units']['năm']['unit'] = 'years'), '/units/năm/unit: "years" is not one of "day", "week", "month", "quarter", "year"'],
  ['time-words.json', 'a third half', (d) => (d['halves'][1]['half'] = 3), '/halves/1/half: 3 is not one of 1, 2'],
  ['time-words.json', 'a recurrence that is no ISO duration', (d) => (d['recurringWords']['thường niên'] = 'yearly'), '/recurringWords/thường niên: "yearly" must match pattern "^P[1-9][0-9]*[DWMY]$"'],
  ['time-words.json', 'no "within" words', (d) => delete d['within'], '/within: missing (required)'],

  ['gazetteer/central.json', 'a type outside SPEC.md', (d) => (d['bodies'][0]['type'] = 'ministy'), `/bodies/0/type: "ministy" is not one of ${ALLOWED.actorTypes}`],
  ['gazetteer/central.json', 'a body without its end of validity', (d) => delete d['bodies'][5]['validTo'], '/bodies/5/validTo: missing (required)'],
  ['gazetteer/central.json', 'an unknown key of a body', (d) => (d['bodies'][0]['validUntil'] = null), '/bodies/0/validUntil: unknown key'],
  ['gazetteer/central.json', 'a validity that is no ISO date', (d) => (d['bodies'][8]['validTo'] = '28/2/2025'), `/bodies/8/validTo: "28/2/2025" must match pattern ${PATTERN.date}`],
  ['gazetteer/central.json', 'no sources', (d) => delete d['sources'], '/sources: missing (required)'],

  ['gazetteer/provinces.json', 'a unit word that is no province\'s', (d) => (d['provinces'][0]['kind'] = 'huyện'), '/provinces/0/kind: "huyện" is not one of "tỉnh", "thành phố"'],
  ['gazetteer/provinces.json', 'a statistics code of one digit', (d) => (d['provinces'][0]['gsoCode'] = '1'), '/provinces/0/gsoCode: "1" must match pattern "^[0-9]{2}$"'],
  ['gazetteer/provinces.json', 'a province without its source', (d) => delete d['provinces'][2]['source'], '/provinces/2/source: missing (required)'],
  ['gazetteer/provinces.json', 'an unknown key of a province', (d) => (d['provinces'][0]['mergedInto'] = 'ha-noi'), '/provinces/0/mergedInto: unknown key'],

  ['gazetteer/collectives.json', 'a type outside SPEC.md', (d) => (d['national'][0]['type'] = 'collectiv'), `/national/0/type: "collectiv" is not one of ${ALLOWED.actorTypes}`],
  ['gazetteer/collectives.json', 'no phrases that name no body', (d) => delete d['noBody'], '/noBody: missing (required)'],
  ['gazetteer/collectives.json', 'an unknown key of a collective', (d) => (d['national'][0]['mention'] = []), '/national/0/mention: unknown key'],
  ['gazetteer/collectives.json', 'a validity printed the Vietnamese way', (d) => (d['provincial'][0]['validFrom'] = '1/7/2025'), `/provincial/0/validFrom: "1/7/2025" must match pattern ${PATTERN.date}`],

  ['gazetteer/persons.json', 'one office spelt one way only', (d) => (d['sameOffice'][0] = ['Thủ tướng']), '/sameOffice/0: ["Thủ tướng"] must NOT have fewer than 2 items'],
  ['gazetteer/persons.json', 'no family names', (d) => delete d['surnames'], '/surnames: missing (required)'],
  ['gazetteer/persons.json', 'an unknown list', (d) => (d['surname'] = ['Nguyễn']), '/surname: unknown key'],

  ['gazetteer/roles.json', 'a condition roles.ts does not define', (d) => (d['rolePrecedence']['rules'][0]['when'] = 'illustrate'), `/rolePrecedence/rules/0/when: "illustrate" is not one of ${ALLOWED.conditions}`],
  ['gazetteer/roles.json', 'a role twice in the ranking', (d) => (d['rolePrecedence']['onePerBody'] = ['lead', 'assignee', 'lead']), '/rolePrecedence/onePerBody/2: "lead" repeats item 0'],
  ['gazetteer/roles.json', 'a rank that is no role', (d) => (d['rolePrecedence']['onePerBody'][1] = 'assigned'), '/rolePrecedence/onePerBody/1: "assigned" is not one of "issuer", "assignee", "lead", "coordinate", "report-to"'],
  ['gazetteer/roles.json', 'a report gap without its length', (d) => delete d['reportGap']['maxGap'], '/reportGap/maxGap: missing (required)'],
  ['gazetteer/roles.json', 'a misspelt list', (d) => (d['reportBefor'] = d['reportBefore']), '/reportBefor: unknown key'],

  ['gazetteer/units.json', 'a unit type outside SPEC.md', (d) => (d['unitTypes']['Tổng công ty'] = 'company'), `/unitTypes/Tổng công ty: "company" is not one of ${ALLOWED.actorTypes}`],
  ['gazetteer/units.json', 'a body type twice', (d) => d['partyCommittees']['of'].push('ministry'), '/partyCommittees/of/8: "ministry" repeats item 0'],
  ['gazetteer/units.json', 'no national name of the departments', (d) => delete d['departmentsNationally'], '/departmentsNationally: missing (required)'],
  ['gazetteer/units.json', 'a flag written as a word', (d) => (d['departments']['fromMinistries'] = 'yes'), '/departments/fromMinistries: "yes" must be boolean'],
];

describe.each([
  ['the source form (ajv at run time)', checkData],
  ['the generated standalone code (dist/)', built.checkData],
])('%s turns down a broken file with its place and reason', (_form, check) => {
  it('has broken variants of every file', () => {
    expect(new Set(BROKEN.map(([name]) => name))).toEqual(new Set(DATA_FILES));
  });

  it.each(BROKEN)('%s: %s', (name, _what, change, reason) => {
    const data = read(name);
    change(data);
    expect(() => check(name, data)).toThrow(new Error(`src/data/${name}: ${reason} (${schemaPath(name)})`));
  });

  it('names a file without a schema', () => {
    expect(() => check('extra.json', {})).toThrow(new Error('src/data/extra.json: no schema for this knowledge file (write schema/data/extra.schema.json and list the file in src/data/data-files.ts)'));
  });
});

/** A copy of the built package (bin/, dist/, package.json) whose knowledge file `name` is changed. */
function brokenCopy(name: string, change: (d: Json) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'chidao-data-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  const data = read(name);
  change(data);
  writeFileSync(join(root, 'dist', 'data', name), JSON.stringify(data));
  return root;
}

describe('a broken knowledge file', () => {
  const condition = (d: Json): void => { d['rolePrecedence']['rules'][0]['when'] = 'illustrate'; };
  const line = `src/data/gazetteer/roles.json: /rolePrecedence/rules/0/when: "illustrate" is not one of ${ALLOWED.conditions} (schema/data/gazetteer/roles.schema.json)`;

  it('stops loadData with one line naming the file, the place and the reason', async () => {
    const root = brokenCopy('gazetteer/roles.json', condition);
    const { loadData } = (await import(join(root, 'dist', 'data', 'load.js'))) as { loadData: (name: string) => unknown };
    expect(() => loadData('gazetteer/roles.json')).toThrow(new Error(line));
    expect(loadData('gazetteer/units.json')).toHaveProperty('departmentsNationally');
  });

  it('stops the command line with that line (exit 2), and --version still runs without loading it', () => {
    const root = brokenCopy('gazetteer/roles.json', condition);
    const run = (...argv: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'chidao.js'), ...argv], { encoding: 'utf8' });
    const version = run('--version');
    expect([version.status, version.stderr]).toEqual([0, '']);
    const extract = run('extract', 'corpus/002_01045addc55f0d23.txt');
    expect([extract.status, extract.stdout, extract.stderr]).toEqual([2, '', `chidao: internal error, please report: ${line}\n`]);
  });
});

describe('the build', () => {
  it('puts the generated validators in dist/ and the bundle, without ajv or the schemas', () => {
    const generated = readFileSync('dist/data/validators.js', 'utf8');
    expect(generated.startsWith('// Generated by scripts/data-validators.mjs')).toBe(true);
    expect(generated).not.toMatch(/from ['"]ajv|require\(/u);
    const bundle = readFileSync('dist/cli/chidao.cjs', 'utf8');
    expect(bundle).toContain('function dataValidator(name)');
    expect(bundle).not.toContain('function dataSchemas(');
  });
});

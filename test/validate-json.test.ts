// The JSON reader behind gold-file positions: the same values as JSON.parse, a stable message and
// an exact place for each syntax error, and the offset of every value by JSON Pointer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../src/validate/json-positions.js';
import { locator } from '../src/ingest/locate.js';

const errorAt = (json: string): string => {
  const r = readJson(json);
  if (r.ok) throw new Error('expected a syntax error');
  const { line, column } = locator(json)(r.error.offset);
  return `${line}:${column} ${r.error.message}`;
};

describe('readJson: syntax errors', () => {
  it.each([
    { name: 'trailing comma in an object', json: '{\n  "a": 1,\n}', expected: '2:9 trailing comma before "}"' },
    { name: 'trailing comma in an array', json: '{"a": [1, 2,\n]}', expected: '1:12 trailing comma before "]"' },
    { name: 'missing comma', json: '{\n  "a": 1\n  "b": 2\n}', expected: '3:3 expected "," or "}" after the value of "a", found "\\""' },
    { name: 'missing colon', json: '{"a" 1}', expected: '1:6 expected ":" after the property name "a", found "1"' },
    { name: 'unquoted name', json: '{a: 1}', expected: '1:2 expected a property name in double quotes, found "a"' },
    { name: 'single quotes', json: "{'a': 1}", expected: '1:2 property names must use double quotes (")' },
    { name: 'single-quoted value', json: "[ 'x' ]", expected: '1:3 strings must use double quotes (")' },
    { name: 'unterminated string', json: '["abc', expected: '1:2 unterminated string (no closing ")' },
    { name: 'line break in a string', json: '["ab\ncd"]', expected: '1:5 line break inside a string (write it as \\n, or close the string)' },
    { name: 'bad escape', json: '["a\\x"]', expected: '1:4 bad escape \\x in a string' },
    { name: 'short \\u escape', json: '["\\u12"]', expected: '1:3 bad escape: \\u must be followed by four hexadecimal digits' },
    { name: 'leading zero', json: '[01]', expected: '1:2 numbers cannot have leading zeros' },
    { name: 'bare minus', json: '[-]', expected: '1:3 expected a digit, found "]"' },
    { name: 'no digit after the point', json: '[1.]', expected: '1:4 expected a digit after the decimal point, found "]"' },
    { name: 'comment', json: '{\n  // note\n  "a": 1}', expected: '2:3 comments are not allowed in JSON' },
    { name: 'misspelt literal', json: '[nul]', expected: '1:2 unexpected "n": expected a value' },
    { name: 'empty file', json: '  \n', expected: '2:1 the file is empty' },
    { name: 'end of the file', json: '{"a": ', expected: '1:7 unexpected end of the file: expected a value' },
    { name: 'content after the value', json: '{}\n{}', expected: '2:1 unexpected "{" after the end of the JSON value' },
    { name: 'Vietnamese before the error counts in UTF-16 units', json: '{"tên": "Bộ Công Thương",}', expected: '1:25 trailing comma before "}"' },
  ])('$name', ({ json, expected }) => {
    expect(errorAt(json)).toBe(expected);
  });

  it('refuses nesting deeper than 512 levels instead of exhausting the stack', () => {
    expect(errorAt('['.repeat(600) + ']'.repeat(600))).toBe('1:514 nested more than 512 levels deep');
  });
});

describe('readJson: values and positions', () => {
  it('gives the offset of every value and member name by JSON Pointer', () => {
    const json = '{\n  "directives": [\n    { "id": "1", "a/b": [10, 20] }\n  ]\n}';
    const r = readJson(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const at = locator(json);
    const place = (pointer: string, key = false) => {
      const p = r.positions.get(pointer)!;
      return at(key ? p.key! : p.value);
    };
    expect(place('')).toEqual({ line: 1, column: 1 });
    expect(place('/directives')).toEqual({ line: 2, column: 17 });
    expect(place('/directives', true)).toEqual({ line: 2, column: 3 });
    expect(place('/directives/0/id')).toEqual({ line: 3, column: 13 });
    expect(place('/directives/0/a~1b/1')).toEqual({ line: 3, column: 30 });
  });

  it('skips a BOM and keeps "__proto__" as data, as JSON.parse does', () => {
    const r = readJson('\uFEFF{"__proto__": {"x": 1}}');
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && JSON.stringify(r.value)).toBe('{"__proto__":{"x":1}}');
  });

  it('records duplicate member names', () => {
    const r = readJson('{"a": 1, "b": {"c": 1, "c": 2}}');
    expect(r.ok && r.duplicates).toEqual([{ pointer: '/b/c', key: 23 }]);
    expect(r.ok && r.value).toEqual({ a: 1, b: { c: 2 } });
  });

  it('reads what JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const r = readJson(json);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toStrictEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects what JSON.parse rejects', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        let parses = true;
        try {
          JSON.parse(s);
        } catch {
          parses = false;
        }
        expect(readJson(s).ok).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});

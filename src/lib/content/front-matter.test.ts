import { expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';

it('splits YAML front matter from the body', () => {
  const r = splitFrontMatter('---\nid: data\ntitle: "Data: the x and y"\nweek: 3\n---\n# Hello\n');
  expect(r).toEqual({
    ok: true,
    data: { id: 'data', title: 'Data: the x and y', week: 3 },
    body: '# Hello\n',
  });
});

it('handles CRLF and a BOM', () => {
  const r = splitFrontMatter('\uFEFF---\r\nid: a\r\n---\r\nbody');
  expect(r).toEqual({ ok: true, data: { id: 'a' }, body: 'body' });
});

it('returns empty data when there is no front matter', () => {
  expect(splitFrontMatter('# Title')).toEqual({ ok: true, data: {}, body: '# Title' });
});

it('reports invalid YAML and non-mapping front matter', () => {
  expect(splitFrontMatter('---\nid: [unclosed\n---\n')).toMatchObject({
    ok: false,
    error: expect.stringMatching(/not valid YAML/),
  });
  expect(splitFrontMatter('---\n- a\n- b\n---\n')).toEqual({
    ok: false,
    error: 'front matter must be a set of key: value pairs',
  });
});

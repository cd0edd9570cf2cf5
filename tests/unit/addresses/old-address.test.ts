import { describe, expect, it } from 'vitest';
import { oldAddressProblem } from '#lib/addresses/old-address.ts';

describe('oldAddressProblem', () => {
  it.each(['/world/2018/05/09/old-slug/', '/2017/story.html/', '/caf%C3%A9/', '/a_b~c.d-e/'])('accepts the plain path %s', (path) => {
    expect(oldAddressProblem(path)).toBeUndefined();
  });

  it.each([
    ['/:section/', '":"'],
    ['/world/*/', '"*"'],
    ['/world/ /', 'a space'],
    ['/a/b/ /x 200!/', 'a space'],
    ['/world?x=1/', '"?"'],
    ['/old#frag/', '"#"'],
    ['/old"quote/', '"""'],
    ['/back\\slash/', '"\\"'],
  ])('refuses %s, which a host would read as a rule, naming %s', (path, named) => {
    const problem = oldAddressProblem(path);
    expect(problem).toContain('_redirects');
    expect(problem).toContain(named);
  });

  it.each(['/./x/', '/a/../x/', '/%2e%2e/x/', '/%2E/x/', '/a/%2e%2E/b/'])(
    'refuses the dot segment in %s, naming where browsers would go',
    (path) => {
      expect(oldAddressProblem(path)).toMatch(/segment, which browsers resolve away \(they would ask for "\/.*\/"\)/);
    },
  );

  it.each(['//x/', '/a//b/', '///'])('refuses the empty segment in %s', (path) => {
    expect(oldAddressProblem(path)).toContain('empty segment');
  });

  it('refuses an escaped slash and a malformed escape', () => {
    expect(oldAddressProblem('/a%2fb/')).toContain('escaped slash');
    expect(oldAddressProblem('/a%zz/')).toContain('malformed');
  });

  it('refuses a path that does not end in "/"', () => {
    expect(oldAddressProblem('/world/old-slug')).toContain('must start and end with "/"');
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/text/normalize.js';
import { BOILERPLATE, domToText } from './html-text.js';

function text(html: string, drop?: ReadonlySet<string>): string {
  const { document } = new JSDOM(html).window;
  return normalizeText(domToText(document.body, drop ? { drop } : {}));
}

describe('domToText', () => {
  it('separates paragraphs and headings with blank lines, collapsing HTML whitespace', () => {
    expect(text('<h1>Title</h1><p>One\n  <em>two</em>\tthree.</p><div>Four <b>five</b>.</div>')).toBe('Title\n\nOne two three.\n\nFour five.');
  });

  it('puts list items and table rows on their own lines', () => {
    expect(text('<p>Intro</p><ul><li>a</li><li><p>b</p><ul><li>c</li></ul></li></ul><ol start="3"><li>x</li><li>y</li></ol>')).toBe(
      'Intro\n\n- a\n- b\n- c\n\n3. x\n4. y',
    );
    expect(text('<table><tr><th>Year</th><th>Count</th></tr><tr><td>2018</td><td>5</td></tr></table>')).toBe('Year Count\n2018 5');
  });

  it('keeps line breaks and preformatted text', () => {
    expect(text('<p>line one<br>line two</p><pre>a  b\n  c</pre>')).toBe('line one\nline two\n\na b\nc');
  });

  it('drops scripts, styles, form controls and hidden elements', () => {
    expect(
      text(
        '<p>Kept</p><script>var x = 1</script><style>p{color:red}</style><form><input value="Email"><button>Sign up</button></form>' +
          '<p hidden>Secret</p><div aria-hidden="true">Icon</div><img alt="Photo">',
      ),
    ).toBe('Kept');
  });

  it('keeps text inside a form (some sites wrap the whole page in one)', () => {
    expect(text('<form id="aspnetForm"><div><p>Story text.</p></div></form>')).toBe('Story text.');
  });

  it('drops navigation and page furniture when asked', () => {
    expect(text('<nav>Home News</nav><header>Site</header><main><p>Story</p></main><footer>© Site</footer>', BOILERPLATE)).toBe('Story');
  });
});

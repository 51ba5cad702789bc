import fc from 'fast-check';

/**
 * Random HTML documents for the property tests: arbitrary nesting of common tags, attributes
 * that sway Readability (class/id words), scripts and styles, and text drawn from many
 * scripts (Latin, RTL, CJK, emoji, combining marks, lone surrogates, entities, markup-ish junk).
 */

const CONTAINERS = [
  'div',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'span',
  'p',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'code',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'form',
  'button',
  'label',
  'iframe',
  'noscript',
  'template',
  'svg',
  'font',
  'center',
] as const;
const VOIDS = ['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source'] as const;
const CLASS_WORDS = [
  'article',
  'content',
  'body',
  'post',
  'entry',
  'text',
  'main',
  'story',
  'comment',
  'sidebar',
  'ad',
  'banner',
  'share',
  'related',
  'footer',
  'menu',
  'hidden',
  'byline',
  'author',
  'caption',
] as const;

const SAMPLES = [
  'The minister said on Monday that the plan would go ahead.',
  'Maria Lopez met officials from the World Bank in Geneva.',
  'Apple Inc. and Microsoft Corp. reported results.',
  'Dr. Smith arrived at 3 p.m. in Washington, D.C., with Mr. Jones.',
  'مرحبا بالعالم. هذا نص عربي للاختبار.',
  'שלום עולם. זהו טקסט בעברית.',
  '北京是中国的首都。上海是最大的城市。',
  '東京都は日本の首都です。大阪も大きい都市です。',
  '서울은 한국의 수도입니다.',
  'Привет, мир. Москва — столица России.',
  '👍🏽 Family: 👨‍👩‍👧‍👦 flags 🇺🇦🇯🇵 done.',
  'e\u0301\u0302 combining marks, zero\u200bwidth, nbsp\u00a0here, soft\u00adhyphen.',
  '\u202eRTL override\u202c and \u2066isolates\u2069.',
  '&amp; &lt;b&gt; &#x1F600; &nbsp; &bogus; &#0; &#xD800;',
  '"Quoted," she said. \u201cCurly\u201d \u2018quotes\u2019 and it\u2019s Putin\u2019s.',
  'U.S. officials... Wait!? Really?! (Yes.) [1] {x} — end…',
  '',
  ' ',
  '\n\n\t',
];

/** Text content: sentences from many scripts, random unicode (incl. lone surrogates). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 12, mode: 'sentences' }) },
);

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function escapeText(text: string): string {
  return text.replace(/&(?![a-z#])/gi, '&amp;').replace(/</g, '&lt;');
}

const attrArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CLASS_WORDS).map((w) => `class="${w}"`),
  fc.constantFrom(...CLASS_WORDS).map((w) => `id="${w}"`),
  fc.constantFrom('ltr', 'rtl', 'auto').map((d) => `dir="${d}"`),
  fc.constantFrom('en', 'ar', 'he', 'zh', 'ja', 'ru', 'xx-invalid', '').map((l) => `lang="${l}"`),
  fc.constantFrom('display:none', 'visibility:hidden', 'color:red').map((s) => `style="${s}"`),
  fc.constantFrom('hidden', 'aria-hidden="true"', 'role="navigation"', 'role="main"'),
  fc
    .constantFrom('javascript:alert(1)', 'https://example.org/a', '#top', '/x?y=1', 'data:,x')
    .map((h) => `href="${h}"`),
  textArb.map((t) => `title="${escapeAttr(t)}"`),
  fc.constant('onclick="alert(1)"'),
  fc.constant('src="x.png" alt="an image"'),
);

const scriptArb: fc.Arbitrary<string> = fc
  .constantFrom(
    'document.write("<p>injected</p>")',
    'var s = "</div><p>text in script</p>";',
    'alert(1)',
    '{"@type":"NewsArticle","headline":"JSON-LD headline"}',
  )
  .chain((body) =>
    fc.constantFrom(
      `<script>${body}</script>`,
      `<script type="application/ld+json">${body}</script>`,
      `<style>p{color:red} /* ${body.replace(/\*\//g, '')} */</style>`,
    ),
  );

/** Markup that is not well-formed: parsers must cope with it as browsers do. */
const junkArb: fc.Arbitrary<string> = fc.constantFrom(
  '</div>',
  '<p>',
  '<b><i>mis</b>nested</i>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '<',
  '&',
  '<p <p>',
  '<table><p>in table</table>',
  '<?php echo 1 ?>',
  '<!DOCTYPE html>',
);

interface Sizes {
  /** How deep elements nest. */
  depth: number;
  /** Most children per element. */
  children: number;
}

function elementArb(sizes: Sizes): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: sizes.depth },
      { weight: 4, arbitrary: textArb.map(escapeText) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...CONTAINERS),
            fc.array(attrArb, { maxLength: 3 }),
            fc.array(tie('node'), { maxLength: sizes.children }),
          )
          .map(([tag, attrs, kids]) => {
            const open = attrs.length > 0 ? `<${tag} ${attrs.join(' ')}>` : `<${tag}>`;
            return `${open}${kids.join('')}</${tag}>`;
          }),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...VOIDS), fc.array(attrArb, { maxLength: 2 }))
          .map(([tag, attrs]) => `<${tag} ${attrs.join(' ')}>`),
      },
      { weight: 1, arbitrary: scriptArb },
      { weight: 1, arbitrary: junkArb },
    ),
  }));
  return node;
}

/** A whole page: head (title, og/meta tags, maybe a script) and a random body. */
export function htmlDocumentArb(sizes: Sizes = { depth: 6, children: 5 }): fc.Arbitrary<string> {
  const body = elementArb(sizes);
  return fc
    .record({
      lang: fc.constantFrom('en', 'ar', 'he', 'zh-CN', 'ja', 'ru', '', 'not a tag'),
      title: textArb,
      metas: fc.array(
        fc.tuple(
          fc.constantFrom(
            'og:title',
            'og:site_name',
            'author',
            'description',
            'article:published_time',
          ),
          textArb,
        ),
        { maxLength: 3 },
      ),
      head: fc.option(scriptArb, { nil: '' }),
      body: fc.array(body, { minLength: 1, maxLength: 6 }),
      article: fc.boolean(),
    })
    .map(({ lang, title, metas, head, body: parts, article }) => {
      const metaTags = metas
        .map(([name, value]) => `<meta property="${name}" content="${escapeAttr(value)}">`)
        .join('');
      const inner = parts.join('');
      const main = article ? `<article>${inner}</article>` : inner;
      return `<!DOCTYPE html><html lang="${escapeAttr(lang)}"><head><title>${escapeText(title)}</title>${metaTags}${head}</head><body>${main}</body></html>`;
    });
}

/** Any string at all, sometimes with markup-ish pieces and paragraph breaks. */
export const anyTextArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(textArb, junkArb, fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' ')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

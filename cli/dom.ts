import { parseHTML } from 'linkedom';

const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;
// A tag ends at its ">" before any other "<": read to the end of the page instead, an unclosed
// "<meta" or "<title>" repeated made these quadratic.
const SKELETON_TAGS = /<!doctype[^<>]*>|<\/?(?:html|head|body)(?:\s[^<>]*)?>/gi;
const HEAD_ELEMENTS = /<title[^<>]*>[^<]*<\/title>|<meta\b[^<>]*>/gi;

/**
 * A DOM Document for an HTML string, in Node (linkedom). linkedom does not build the implied
 * <html>/<head>/<body> of the HTML spec, so a fragment or a page without them is put into a
 * full skeleton first (title and meta into <head>, the rest into <body>), as a browser would.
 * linkedom also splits text at every character reference ("A &amp; B" is three text nodes,
 * where a browser has one): adjacent text is joined, or a page of "&amp;" makes tens of thousands
 * of nodes for Readability to walk.
 */
export function parseDocument(html: string): Document {
  return joinText(parse(html));
}

function parse(html: string): Document {
  if (HAS_HTML.test(html) && HAS_BODY.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement?.tagName === 'HTML' && document.body) return document;
  }
  const rest = html.replace(SKELETON_TAGS, '');
  const head = rest.match(HEAD_ELEMENTS)?.join('') ?? '';
  const body = rest.replace(HEAD_ELEMENTS, '');
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
}

function joinText(document: Document): Document {
  document.documentElement?.normalize();
  return document;
}

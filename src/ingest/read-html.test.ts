import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlFragmentToText, readHtml } from './read-html.ts';

const filler = 'Witnesses described the scene to reporters in detail, and the account was later confirmed. ';

const page = `<!doctype html>
<html><head>
<title>Gunmen attack Aktobe | The Daily</title>
<meta property="og:title" content="Gunmen attack Aktobe">
<meta property="og:site_name" content="The Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2016-06-06T08:00:00+06:00">
<meta property="og:url" content="https://daily.example/og">
<link rel="canonical" href="https://daily.example/aktobe">
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Gunmen attack Aktobe</h1>
<p>Gunmen   attacked two
   gun shops in <b>Aktobe</b> on&nbsp;Sunday.</p>
<p>Officials said four attackers were killed.<br>Nine soldiers were wounded.</p>
<ul><li>First shop</li><li>Second shop</li></ul>
<p>${filler.repeat(8)}</p>
</article>
<footer>Copyright The Daily</footer>
<script>var tracking = 1;</script>
</body></html>`;

test('article text as paragraphs, with page metadata', () => {
  const { text, metadata } = readHtml(page);
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs[0], 'Gunmen attacked two gun shops in Aktobe on Sunday.');
  assert.equal(paragraphs[1], 'Officials said four attackers were killed.\nNine soldiers were wounded.');
  assert.ok(paragraphs.includes('First shop'));
  assert.ok(paragraphs.includes('Second shop'));
  assert.doesNotMatch(text, /Home|Copyright|tracking|color: red/);
  assert.doesNotMatch(text, /  |\n\n\n/);
  assert.deepEqual(metadata, {
    title: 'Gunmen attack Aktobe',
    author: 'Jane Roe',
    outlet: 'The Daily',
    published: '2016-06-06T08:00:00+06:00',
    url: 'https://daily.example/aktobe',
  });
});

test('metadata from <time datetime>, meta date tags and og:url when the usual tags are absent', () => {
  const withTime = readHtml(`<html><head><title>T</title></head><body><article><p>${filler.repeat(6)}</p>
    <p>Posted <time datetime="2019-11-06T09:00:00+05:00">6 November</time></p></article></body></html>`);
  assert.equal(withTime.metadata.published, '2019-11-06T09:00:00+05:00');
  assert.equal(withTime.metadata.title, 'T');

  const withMeta = readHtml(`<html><head><meta name="dc.date" content="2019-11-07"><meta property="og:url" content="https://x.example/a">
    <meta name="author" content="By John Doe"></head><body><p>${filler.repeat(6)}</p></body></html>`);
  assert.equal(withMeta.metadata.published, '2019-11-07');
  assert.equal(withMeta.metadata.url, 'https://x.example/a');
  assert.equal(withMeta.metadata.author, 'John Doe');
});

test('a bare fragment or a page readability rejects falls back to the body text', () => {
  assert.equal(readHtml('<p>Short note.</p>').text, 'Short note.');
  assert.equal(readHtml('<html><body><div>One</div><div>Two <span>three</span></div></body></html>').text, 'One\n\nTwo three');
});

const fragments: Array<[string, string]> = [
  ['<p>a</p><p>b</p>', 'a\n\nb'],
  ['text <i>inline</i> more', 'text inline more'],
  ['line<br>break', 'line\nbreak'],
  ['para<br><br>graph', 'para\n\ngraph'],
  ['<table><tr><td>Killed</td><td>20</td></tr><tr><td>Wounded</td><td>9</td></tr></table>', 'Killed 20\n\nWounded 9'],
  ['<h2>Head</h2>body', 'Head\n\nbody'],
  ['<p> \n </p><p>kept</p>', 'kept'],
  ['a &amp; b &lt;c&gt;', 'a & b <c>'],
  ['<p>x<script>bad()</script>y</p>', 'xy'],
];

test('htmlFragmentToText', async (t) => {
  for (const [input, expected] of fragments) {
    await t.test(input, () => assert.equal(htmlFragmentToText(input), expected));
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../core/errors.ts';
import { readFeed } from './read-feed.ts';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Border Monitor</title>
  <link>https://monitor.example/</link>
  <item>
    <title>Attack on Ishqobod post</title>
    <link>https://monitor.example/ishqobod</link>
    <pubDate>Wed, 06 Nov 2019 07:50:00 +0500</pubDate>
    <dc:creator>Field Desk</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Attackers struck the <b>Ishqobod</b> post.</p><p>Seventeen were killed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Claim through Amaq</title>
    <guid isPermaLink="false">item-2</guid>
    <author>desk@monitor.example (Night Desk)</author>
    <pubDate>Fri, 08 Nov 2019 12:00:00 GMT</pubDate>
    <description>&lt;p&gt;The group claimed the attack &amp;amp; named the fighters.&lt;/p&gt;</description>
  </item>
  <item><title></title><description></description></item>
</channel>
</rss>`;

test('RSS 2.0: one document per item, content or title + summary', () => {
  const items = readFeed(rss, 'feeds/border.rss');
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], {
    origin: 'https://monitor.example/ishqobod',
    text: 'Attackers struck the Ishqobod post.\n\nSeventeen were killed.',
    metadata: {
      title: 'Attack on Ishqobod post',
      url: 'https://monitor.example/ishqobod',
      published: 'Wed, 06 Nov 2019 07:50:00 +0500',
      author: 'Field Desk',
      outlet: 'Border Monitor',
    },
  });
  assert.equal(items[1]!.origin, 'feeds/border.rss#item-2');
  assert.equal(items[1]!.text, 'Claim through Amaq\n\nThe group claimed the attack & named the fighters.');
  assert.equal(items[1]!.metadata.author, 'Night Desk');
  assert.equal(items[1]!.metadata.url, null);
});

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Steppe Wire</title>
  <entry>
    <title type="html">Aktobe &lt;em&gt;attacks&lt;/em&gt;</title>
    <link rel="self" href="https://wire.example/self/1"/>
    <link rel="alternate" href="https://wire.example/aktobe"/>
    <published>2016-06-05T18:00:00+06:00</published>
    <updated>2016-06-06T09:00:00+06:00</updated>
    <author><name>Jane Roe</name></author>
    <content type="html">&lt;p&gt;Gunmen attacked gun shops.&lt;/p&gt;&lt;p&gt;A bus was hijacked.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Follow-up</title>
    <updated>2016-06-07</updated>
    <summary>Officials raised the toll.</summary>
  </entry>
  <entry>
    <title>XHTML entry</title>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First part.</p><p>Second part.</p></div></content>
  </entry>
</feed>`;

test('Atom: alternate link, published, author name, HTML and XHTML content', () => {
  const items = readFeed(atom, 'wire.atom');
  assert.equal(items.length, 3);
  assert.equal(items[0]!.origin, 'https://wire.example/aktobe');
  assert.equal(items[0]!.text, 'Gunmen attacked gun shops.\n\nA bus was hijacked.');
  assert.deepEqual(items[0]!.metadata, {
    title: 'Aktobe attacks',
    url: 'https://wire.example/aktobe',
    published: '2016-06-05T18:00:00+06:00',
    author: 'Jane Roe',
    outlet: 'Steppe Wire',
  });
  assert.equal(items[1]!.origin, 'wire.atom#item-2');
  assert.equal(items[1]!.text, 'Follow-up\n\nOfficials raised the toll.');
  assert.equal(items[1]!.metadata.published, '2016-06-07');
  assert.equal(items[2]!.text, 'First part.\n\nSecond part.');
});

test('RSS 1.0 (RDF)', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Old Feed</title></channel>
    <item><title>One</title><link>https://old.example/1</link><description>Text one.</description><dc:date>2001-02-03</dc:date></item>
  </rdf:RDF>`;
  const [item] = readFeed(rdf, 'old.rdf');
  assert.equal(item!.origin, 'https://old.example/1');
  assert.equal(item!.metadata.outlet, 'Old Feed');
  assert.equal(item!.metadata.published, '2001-02-03');
});

const bad: Array<[string, string, string, RegExp]> = [
  ['unclosed tag', '<rss><channel><item><title>x</title></channel></rss>', 'BAD_FEED', /^malformed xml at line 1: /],
  ['garbage', '<?xml version="1.0"?>\n<rss <<<', 'BAD_FEED', /^malformed xml at line 2/],
  ['not a feed', '<?xml version="1.0"?><catalog><book/></catalog>', 'UNSUPPORTED', /^xml document is not an rss or atom feed$/],
  ['no items', '<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'EMPTY', /^feed has no items with text$/],
];

test('bad feeds', async (t) => {
  for (const [name, xml, code, message] of bad) {
    await t.test(name, () => {
      assert.throws(
        () => readFeed(xml, 'f.xml'),
        (error: unknown) => error instanceof InputError && error.code === code && message.test(error.message) && error.subject === 'f.xml',
      );
    });
  }
});

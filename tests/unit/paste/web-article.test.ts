// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clean, expectWithinContract, fixture, parsed, texts } from './helpers.ts';

describe('web article copied from a browser', () => {
  const html = clean(fixture('web-article.html'));
  const body = parsed(html);

  it('keeps exactly the article text and structure', () => {
    expect(html).toBe(
      [
        '<h1>Families of detained bloggers petition the rapporteur</h1>',
        '<p>By <a href="https://news.example.net/authors/l-hartmann">Lena Hartmann</a> · 4 March</p>',
        '<p><i>Relatives outside the city court on Monday.</i></p>',
        '<p>Relatives of <b>seven bloggers</b> held in pre-trial detention have sent a joint petition to the <a href="https://www.example.org/special-rapporteur/freedom-of-expression">UN Special Rapporteur on freedom of expression</a>, asking for an urgent appeal to the government.</p>',
        '<p>Advertisement</p>',
        '<p>The petition lists <i>months</i> of missed court dates. One mother wrote:</p>',
        '<blockquote><i>“My son wrote about a dam project. For that he has spent 300 days in a cell without windows.”</i><br><i>— Zarina, mother of a detained blogger</i></blockquote>',
        '<h2>What the petition asks for</h2>',
        '<ol><li>An urgent appeal to the authorities.</li><li>A request to visit the detention centres.</li></ol>',
        '<p>Blogger</p><p>Days in detention</p><p>A. Nurlanov</p><p>300</p><p>S. Begimova</p><p>212</p>',
        '<p>Share this article or <a href="https://news.example.net/world/bloggers-petition#comments">read the comments</a>. Photo: credit.</p>',
      ].join(''),
    );
    expectWithinContract(html);
  });

  it('drops navigation, scripts, styles, images, iframes and buttons with their content', () => {
    for (const gone of ['Home', 'World', 'Subscribe', 'dataLayer', 'ad-slot', 'petition.jpg', 'ads.example.com', 'Subscribe for updates']) {
      expect(html).not.toContain(gone);
    }
    expect(html).not.toMatch(/<(?:img|iframe|script|style|nav|button|figure|table|td|div|span)\b/);
  });

  it('drops event handlers, classes, styles and other attributes', () => {
    expect(html).not.toMatch(/\s(?:on\w+|class|style|target|rel|id|data-[\w-]+|itemscope|itemtype)=/i);
  });

  it('keeps the block quote as one quote with the attribution on its own line', () => {
    expect(body.querySelectorAll('blockquote')).toHaveLength(1);
    expect(body.querySelector('blockquote')?.innerHTML).toContain('<br>');
  });

  it('keeps each table cell as a paragraph, and headings and header cells unbolded', () => {
    expect(texts(body, 'p').slice(5, 11)).toEqual(['Blogger', 'Days in detention', 'A. Nurlanov', '300', 'S. Begimova', '212']);
    expect(body.querySelector('h1 b, h2 b')).toBeNull();
  });

  it('keeps the text of javascript: and data: links but not the links', () => {
    expect(body.textContent).toContain('Share this article');
    expect(body.textContent).toContain('Photo: credit.');
    expect(Array.from(body.querySelectorAll('a'), (a) => a.textContent)).not.toContain('Share this article');
    expect(Array.from(body.querySelectorAll('a'), (a) => a.textContent)).not.toContain('credit');
    expect(html).not.toMatch(/javascript:|data:/i);
  });
});

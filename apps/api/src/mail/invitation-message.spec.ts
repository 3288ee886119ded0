import { candidateLink, invitationMessage } from './invitation-message';

const facts = {
  candidateName: 'Kate <script>',
  companyName: 'Acme & Co',
  setTitle: 'Attention "screen"',
  timeLimitMinutes: 60,
  expiresAt: new Date('2026-12-10T09:30:00Z'),
  link: candidateLink('https://app.example.com/start?t={token}&x=1', 'inv_a+b/c'),
};

describe('the invitation e-mail', () => {
  it('puts the URL-encoded token into the candidate link template', () => {
    expect(facts.link).toBe('https://app.example.com/start?t=inv_a%2Bb%2Fc&x=1');
  });

  it('says it in English and Chinese, in text and HTML, with the link, the time limit and the expiry', () => {
    const message = invitationMessage(facts);
    for (const body of [message.text, message.html]) {
      expect(body).toContain('60 minutes');
      expect(body).toContain('限时 60 分钟');
      expect(body).toContain('2026-12-10 09:30 UTC');
    }
    expect(message.text).toContain(`Start it here: ${facts.link}`);
    expect(message.text).toContain(`开始测评：${facts.link}`);
    expect(message.subject).toBe('Acme & Co: assessment "Attention "screen"" / 测评邀请');
  });

  it('escapes what the company and the ATS wrote', () => {
    const { html } = invitationMessage(facts);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Kate &lt;script&gt;');
    expect(html).toContain('Acme &amp; Co');
    expect(html).toContain('href="https://app.example.com/start?t=inv_a%2Bb%2Fc&amp;x=1"');
  });
});

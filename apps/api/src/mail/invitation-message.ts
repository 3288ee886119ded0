// The invitation e-mail, in English and Chinese in one message (the platform knows neither the
// candidate's language nor a set's), as plain text and HTML. Everything interpolated into the
// HTML is escaped: names and titles come from the company and the ATS.
import { escapeHtml } from '../common/escape-html';

export interface InvitationFacts {
  candidateName: string;
  companyName: string;
  setTitle: string;
  timeLimitMinutes: number;
  expiresAt: Date;
  /** The candidate's link (CANDIDATE_APP_URL with the token). */
  link: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** CANDIDATE_APP_URL with `{token}` replaced by the URL-encoded token. */
export function candidateLink(template: string, token: string): string {
  return template.split('{token}').join(encodeURIComponent(token));
}

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The subject alone (the delivery log shows it before the message is rendered). */
export function invitationSubject(companyName: string, setTitle: string): string {
  return `${companyName}: assessment "${setTitle}" / 测评邀请`;
}

export function invitationMessage(facts: InvitationFacts): RenderedMessage {
  const expires = utc(facts.expiresAt);
  const en = [
    `Hello ${facts.candidateName},`,
    `${facts.companyName} invites you to the assessment "${facts.setTitle}" (${facts.timeLimitMinutes} minutes once you start).`,
    `Start it here: ${facts.link}`,
    `The link works until ${expires}. The timer starts when you begin, not before.`,
  ];
  const zh = [
    `${facts.candidateName}，您好：`,
    `${facts.companyName} 邀请您参加测评「${facts.setTitle}」（开始后限时 ${facts.timeLimitMinutes} 分钟）。`,
    `开始测评：${facts.link}`,
    `链接有效期至 ${expires}。计时从您开始作答时起算。`,
  ];
  const paragraph = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const button = (label: string) => `<p><a href="${escapeHtml(facts.link)}" style="display:inline-block;padding:10px 16px;background:#1f6feb;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a></p>`;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...en.slice(0, 2).map(paragraph), button('Start the assessment'), paragraph(en[3]),
    '<hr>',
    ...zh.slice(0, 2).map(paragraph), button('开始测评'), paragraph(zh[3]),
    '</body></html>',
  ].join('\n');
  return {
    subject: invitationSubject(facts.companyName, facts.setTitle),
    text: `${en.join('\n\n')}\n\n----\n\n${zh.join('\n\n')}\n`,
    html,
  };
}

// The report page's HTML: one finished attempt, self-contained (inline CSS and SVG, no script,
// no request anywhere else), print-friendly so a browser saves it as a PDF. Every string from
// the company, the candidate or a grader is escaped.
import { escapeHtml } from '../common/escape-html';
import type { QuestionActivity } from '../reports/models/activity-summary.model';
import type { AttemptReport, QuestionReport, SimilarSubmission } from '../reports/models/attempt-report.model';
import type { Metric } from '../submissions/models/submission.model';

export interface ReportPageData {
  setTitle: string;
  report: AttemptReport;
  activity: QuestionActivity[];
  /** Per question id: the graders' reviews of the counted submission, newest first. */
  reviews: Map<string, { score: number; comment: string; createdAt: Date }[]>;
  /** Per question id: tests passed and run by the counted submission. */
  tests: Map<string, { passed: number; total: number }>;
  /** Per question id: other candidates' look-alike submissions (QuestionReport.similarities, resolved). */
  similar: Map<string, SimilarSubmission[]>;
}

const e = escapeHtml;
const fmt = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(digits));
const minutes = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms / 60_000)} min`);

/** Metric value beside its baseline as horizontal bars, scaled to the larger of the two. */
function metricChart(metrics: Metric[]): string {
  const shown = metrics.filter((m) => m.value !== null);
  if (shown.length === 0) return '';
  const rowHeight = 34;
  const width = 480;
  const barMax = 240;
  const rows = shown.map((m, i) => {
    const top = i * rowHeight;
    const scale = Math.max(Math.abs(m.value ?? 0), Math.abs(m.baseline ?? 0)) || 1;
    const bar = (v: number | null, y: number, cls: string) => (v === null ? '' : `<rect class="${cls}" x="150" y="${y}" width="${Math.max(1, (Math.abs(v) / scale) * barMax).toFixed(1)}" height="11"/>`);
    return [
      `<text x="0" y="${top + 15}">${e(m.name)}</text>`,
      bar(m.value, top + 4, 'value'),
      bar(m.baseline, top + 17, 'baseline'),
      `<text x="${150 + barMax + 8}" y="${top + 14}">${fmt(m.value, 4)}</text>`,
      m.baseline === null ? '' : `<text x="${150 + barMax + 8}" y="${top + 27}" class="muted">${fmt(m.baseline, 4)}</text>`,
    ].join('');
  });
  return `<svg class="metric-chart" role="img" aria-label="metrics beside their baseline" width="${width}" height="${shown.length * rowHeight}" viewBox="0 0 ${width} ${shown.length * rowHeight}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>
<p class="legend"><span class="swatch value"></span> candidate <span class="swatch baseline"></span> baseline</p>`;
}

function signals(similar: SimilarSubmission[], activity: QuestionActivity | undefined): string {
  const items: string[] = [];
  for (const s of similar) items.push(`similar to another candidate's submission: ${Math.round(s.similarity * 100)}%`);
  if (activity) {
    if (activity.pastes) items.push(`${activity.pastes} paste(s), largest ${activity.largestPaste} characters${activity.largePastes ? `, ${activity.largePastes} large` : ''}`);
    if (activity.focusLostSeconds) items.push(`${Math.round(activity.focusLostSeconds)} s out of focus`);
    if (activity.fullscreenExits) items.push(`${activity.fullscreenExits} full-screen exit(s)`);
  }
  if (items.length === 0) return '<p class="muted">No signals.</p>';
  return `<ul class="signals">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul><p class="muted">Signals for a person to weigh, never a verdict.</p>`;
}

function questionSection(q: QuestionReport, data: ReportPageData): string {
  const tests = data.tests.get(q.question.id);
  const reviews = data.reviews.get(q.question.id) ?? [];
  const activity = data.activity.find((a) => a.questionId === q.question.id);
  return `<section class="question">
<h2>${e(q.question.slug)}</h2>
<table><tr><th>Verdict</th><td>${e(q.verdict ?? 'not submitted')}</td><th>Score</th><td class="score">${fmt(q.score)} / ${fmt(q.points)}</td></tr>
<tr><th>Tests passed</th><td>${tests ? `${tests.passed} of ${tests.total}` : '—'}</td><th>Time used</th><td>${minutes(q.timeUsedMs)}</td></tr></table>
${metricChart(q.metrics)}
<h3>Signals</h3>${signals(data.similar.get(q.question.id) ?? [], activity)}
${reviews.length ? `<h3>Reviews</h3>${reviews.map((r) => `<blockquote><strong>${fmt(r.score)}</strong> — ${e(r.comment)}</blockquote>`).join('')}` : ''}
</section>`;
}

export function reportHtml(data: ReportPageData): string {
  const { report } = data;
  const who = report.candidate.anonymized ? e(report.candidate.name) : `${e(report.candidate.name)}${report.candidate.email ? ` &lt;${e(report.candidate.email)}&gt;` : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${e(data.setTitle)} — report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:52rem;color:#1b1f24;line-height:1.45;padding:0 1rem}
header{border-bottom:2px solid #1f6feb;margin-bottom:1rem}
.total{font-size:1.6rem;font-weight:700}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;text-align:left;border-bottom:1px solid #d0d7de}
.question{margin:1.5rem 0;break-inside:avoid}
.metric-chart text{font-size:12px;fill:#1b1f24}.metric-chart .muted{fill:#57606a}
.value{fill:#1f6feb}.baseline{fill:#afb8c1}
.swatch{display:inline-block;width:.8rem;height:.8rem;vertical-align:middle}.swatch.value{background:#1f6feb}.swatch.baseline{background:#afb8c1}
.muted,.legend{color:#57606a;font-size:.9rem}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #d0d7de}
@media print{body{margin:0;max-width:none}header{border-color:#000}.value{fill:#000}.baseline{fill:#999}a{color:inherit}}
</style></head>
<body>
<header><h1>${e(data.setTitle)}</h1>
<p>${who}</p>
<p class="total">${fmt(report.totalScore)} / ${fmt(report.maxScore)}</p>
<p>Percentile among finished attempts: ${fmt(report.percentile, 0)} · Started ${e(report.startedAt.toISOString())} · Finished ${e(report.finishedAt?.toISOString() ?? '—')}</p>
</header>
${report.questions.map((q) => questionSection(q, data)).join('\n')}
</body></html>`;
}

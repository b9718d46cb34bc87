import { walk, type Outcome } from '../../model/guide';
import { firstDayOf, stackFor } from '../../model/guide-outcomes';
import { ARTICLE_ANSWER, QUESTION_NOTE, QUESTION_TEXT } from '../../i18n/guide-text';
import { guideMessages } from './messages';
import { useMessages } from '../../i18n/useMessages';
import { patchView } from '../../state/actions';
import { useExplorer, useLang, usePrepared } from '../../state/store';
import { SourceList } from '../details/SourceList';
import { Flowchart } from './Flowchart';

/** The article's flowchart one question at a time; the answer follows the shown date and focuses its stack. */
export function GuidePanel() {
  const t = useMessages();
  const lang = useLang();
  const g = guideMessages(lang);
  const answers = useExplorer((s) => s.view.guide) ?? '';
  const date = useExplorer((s) => s.view.date);
  const state = walk(answers) ?? walk('')!;
  const { stacks } = usePrepared().dataset;
  const answer = (a: 'y' | 'n') => {
    const next = answers + a;
    const done = walk(next);
    const stack = done?.kind === 'outcome' ? stackFor(done.outcome, date, stacks) : null;
    patchView({ guide: next, ...(stack ? { focus: stack.id } : {}) }, 'push');
  };

  return (
    <section aria-labelledby="guide-heading" className="space-y-3 border-b border-slate-200 p-4">
      <div className="flex items-start gap-2">
        <h2 id="guide-heading" className="grow text-lg font-bold">
          {g.guideTitle}
        </h2>
        <button
          type="button"
          className="btn"
          aria-label={g.closeGuide}
          onClick={() => patchView({ guide: null }, 'push')}
        >
          ×
        </button>
      </div>
      <p className="text-sm text-slate-700">{g.guideIntro(date)}</p>
      {state.asked.length > 0 && (
        <ol className="space-y-0.5 text-sm" aria-label={t.guide}>
          {state.asked.map((q, i) => (
            <li key={q.id}>
              {QUESTION_TEXT[q.id][lang]} <strong>{answers[i] === 'y' ? g.yes : g.no}</strong>
            </li>
          ))}
        </ol>
      )}
      {state.kind === 'question' ? (
        <div className="space-y-2">
          <p className="font-semibold">{QUESTION_TEXT[state.question.id][lang]}</p>
          {QUESTION_NOTE[state.question.id] && (
            <p className="rounded bg-violet-50 p-2 text-sm">⚠ {QUESTION_NOTE[state.question.id]![lang]}</p>
          )}
          <div className="flex gap-2">
            <button type="button" className="btn" onClick={() => answer('y')}>
              {g.yes}
            </button>
            <button type="button" className="btn" onClick={() => answer('n')}>
              {g.no}
            </button>
          </div>
        </div>
      ) : (
        <Outcome outcome={state.outcome} />
      )}
      <div className="flex gap-2">
        {answers.length > 0 && (
          <button
            type="button"
            className="btn"
            onClick={() => patchView({ guide: answers.slice(0, -1) }, 'push')}
          >
            {g.back}
          </button>
        )}
        {answers.length > 0 && (
          <button type="button" className="btn" onClick={() => patchView({ guide: '' }, 'push')}>
            {g.restart}
          </button>
        )}
      </div>
      <Flowchart answers={answers} />
    </section>
  );
}

function Outcome({ outcome }: { outcome: Outcome }) {
  const lang = useLang();
  const g = guideMessages(lang);
  const date = useExplorer((s) => s.view.date);
  const { stacks } = usePrepared().dataset;
  const stack = stackFor(outcome, date, stacks);
  const first = firstDayOf(outcome, stacks);
  return (
    <div className="space-y-2 text-sm" data-testid="guide-outcome">
      <p>
        <span className="text-slate-600">{g.articleAnswer}: </span>
        <strong>{ARTICLE_ANSWER[outcome][lang]}</strong>
      </p>
      {stack ? (
        <>
          <p>
            <span className="text-slate-600">{g.onThisDay(date)}: </span>
            <button
              type="button"
              className="font-semibold text-sky-800 underline"
              onClick={() => patchView({ focus: stack.id }, 'push')}
            >
              {stack.figure ? `${stack.figure}: ` : ''}
              {stack.name[lang]}
            </button>{' '}
            <span className="text-xs text-slate-600">({g.focused})</span>
          </p>
          {stack.notes?.map((n, i) => (
            <p key={i} className="rounded bg-slate-50 p-2">
              {n.text[lang]}
            </p>
          ))}
          <SourceList sources={stack.sources} />
        </>
      ) : (
        <p className="rounded bg-amber-50 p-2">
          {g.noStackYet(date)}{' '}
          {first && first > date && (
            <button type="button" className="underline" onClick={() => patchView({ date: first }, 'push')}>
              {g.firstAvailable(first)}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

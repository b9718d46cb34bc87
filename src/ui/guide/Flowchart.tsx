import { FLOWCHART, type Question } from '../../model/guide';
import { ARTICLE_ANSWER, QUESTION_NOTE, QUESTION_TEXT } from '../../i18n/guide-text';
import { guideMessages } from './messages';
import { useLang } from '../../state/store';

/** The whole flowchart as the article draws it, with the path taken so far in bold and the inverted branch marked. */
export function Flowchart({ answers }: { answers: string }) {
  const lang = useLang();
  const g = guideMessages(lang);
  const node = (q: Question | keyof typeof ARTICLE_ANSWER, path: string) => {
    const taken = answers.startsWith(path);
    if (typeof q === 'string')
      return (
        <span className={taken && path.length <= answers.length ? 'font-bold' : ''}>
          → {ARTICLE_ANSWER[q][lang]}
        </span>
      );
    return (
      <>
        <span className={taken ? 'font-semibold' : ''}>{QUESTION_TEXT[q.id][lang]}</span>
        {QUESTION_NOTE[q.id] && <span className="ml-1 text-violet-800">⚠ {g.inverted}</span>}
        <ul className="ml-4 list-none">
          <li>
            {g.yes}: {node(q.yes, `${path}y`)}
          </li>
          <li>
            {g.no}: {node(q.no, `${path}n`)}
          </li>
        </ul>
      </>
    );
  };
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700">{g.flowchartAsDrawn}</summary>
      <div className="mt-1">{node(FLOWCHART, '')}</div>
    </details>
  );
}

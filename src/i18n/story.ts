import type { DayStory } from '../model/story';
import type { Lang } from '../url/view-state';
import type { Messages } from './en';

/** The story of a day (src/model/story.ts) in a few sentences; every "A → B" in it is a call present that day. */
export function tellStory(story: DayStory, t: Messages, lang: Lang): string {
  const words = t.story;
  const clauses = story.clauses.map((c) =>
    words.clause(
      c.root.name,
      c.leaf.name,
      c.direct,
      c.through.map((route) => route.map((x) => x.name).join(' → ')),
    ),
  );
  const body = clauses.length === 0 ? words.noCalls(story.day) : words.day(story.day, clauses, story.more);
  return (story.absent === null ? '' : words.absent(story.absent.name[lang], story.day)) + body;
}

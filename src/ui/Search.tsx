import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchComponents } from '../model/search';
import type { Component } from '../model/types';
import { pickComponent } from '../state/actions';
import { usePrepared } from '../state/store';
import { useMessages } from '../i18n/useMessages';

/** Type a name or an old alias, pick a component: the view jumps to a day it exists and opens it. */
export function Search() {
  const { components } = usePrepared().dataset;
  const t = useMessages();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => searchComponents(components, query), [components, query]);

  const pick = (c: Component) => {
    pickComponent(c);
    setQuery('');
    input.current?.blur();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) =>
        results.length === 0 ? 0 : (i + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length,
      );
    } else if (e.key === 'Enter' && results[active]) {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape') setQuery('');
  };

  return (
    <div className="relative">
      <input
        ref={input}
        id="component-search"
        type="search"
        role="combobox"
        aria-label={t.search}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results[active] ? `${listId}-${results[active].id}` : undefined}
        aria-keyshortcuts="/"
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-52 rounded border border-slate-300 bg-white px-2 py-0.5"
      />
      {results.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t.search}
          className="absolute right-0 z-50 mt-1 w-72 rounded border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${c.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(c)}
              className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-sky-100' : ''}`}
            >
              <span className="font-semibold">{c.name}</span>{' '}
              <span className="text-xs text-slate-600">
                {c.since}–{c.until ?? ''} {c.aliases?.length ? `· ${c.aliases.slice(0, 3).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface HeaderProps {
  version: string;
  asOf: string;
  onHelp: () => void;
}

export function Header({ version, asOf, onHelp }: HeaderProps) {
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-2">
      <h1 className="text-xl font-bold">Container runtimes, day by day</h1>
      <p className="flex items-baseline gap-3 text-sm text-slate-700">
        <span>
          What Kubernetes and Docker ran containers with, 2013 to {asOf} ·{' '}
          <a className="underline" href="data/dataset.json">
            dataset {version}
          </a>
        </span>
        <button type="button" className="btn" onClick={onHelp} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
      </p>
    </header>
  );
}

interface HeaderProps {
  version: string;
  asOf: string;
}

export function Header({ version, asOf }: HeaderProps) {
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
      <h1 className="text-xl font-bold">Container runtimes, day by day</h1>
      <p className="text-sm text-slate-700">
        What Kubernetes and Docker ran containers with, from 2013 to {asOf} ·{' '}
        <a className="underline" href="data/dataset.json">
          dataset {version}
        </a>
      </p>
    </header>
  );
}

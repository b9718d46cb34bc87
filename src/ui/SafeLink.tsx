import type { ReactNode } from 'react';

/** A link from the data: only http(s) URLs become links, and they never get a handle on this page. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-sky-800 underline hover:text-sky-950"
    >
      {children}
    </a>
  );
}

import { useEffect, useRef, useState } from 'react';
import { isComponentId, type FlowNode } from './to-flow';

export const FADE_MS = 250;

/**
 * Components that just left stay a moment as fading copies (ids "leaving:<id>", so the drawn
 * components stay exactly those of the day). Nothing lingers under prefers-reduced-motion.
 */
export function useLeaving(nodes: FlowNode[]): FlowNode[] {
  const previous = useRef<FlowNode[]>(nodes);
  const [leaving, setLeaving] = useState<FlowNode[]>([]);

  useEffect(() => {
    const now = new Set(nodes.map((n) => n.id));
    const gone = previous.current.filter((n) => n.type === 'component' && !n.parentId && !now.has(n.id) && isComponentId(n.id));
    previous.current = nodes;
    if (gone.length === 0 || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return setLeaving([]);
    setLeaving(gone.map((n) => ({ ...n, id: `leaving:${n.id}`, className: 'leaving', selectable: false, focusable: false, ariaLabel: undefined }) as FlowNode));
    const timer = window.setTimeout(() => setLeaving([]), FADE_MS);
    return () => window.clearTimeout(timer);
  }, [nodes]);

  return leaving.length === 0 ? nodes : [...nodes, ...leaving];
}

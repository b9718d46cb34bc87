import { useEffect, useState, type ComponentType } from 'react';

/**
 * A component from a chunk of its own, drawn as soon as the chunk is here (nothing until then);
 * `preload()` fetches it ahead, so a view that opens with it draws it in its first frame
 * (src/boot.ts). A preload never fails: a chunk that did not arrive is fetched again when shown.
 * Not React's `lazy` in a Suspense boundary: React reveals a boundary's content no sooner than
 * 300 ms after its fallback, so every panel opened 300–380 ms after the click, though its chunk
 * arrived in tens of milliseconds. A chunk that fails to load throws to the nearest error
 * boundary, as `lazy` would.
 */
export function onDemand<P extends object>(importer: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const load = () =>
    (loading ??= importer().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function OnDemand(props: P) {
    const [chunk, setChunk] = useState<{ Component: ComponentType<P> | null; error?: unknown }>(() => ({
      Component: loaded,
    }));
    useEffect(() => {
      if (chunk.Component === null)
        load().then(
          (Component) => setChunk({ Component }),
          (error: unknown) => setChunk({ Component: null, error }),
        );
    }, [chunk.Component]);
    if (chunk.error !== undefined) throw chunk.error;
    return chunk.Component && <chunk.Component {...props} />;
  }
  const preload = (): Promise<unknown> => load().catch(() => null);
  return Object.assign(OnDemand, { preload });
}

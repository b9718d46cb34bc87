import type { IndexHtmlTransformContext, IndexHtmlTransformResult, Plugin, Rolldown } from 'vite';
import { flowOfView } from '../src/canvas/export/build-flow';
import { drawingOf } from '../src/canvas/export/from-flow';
import { escapeXml } from '../src/canvas/export/svg-text';
import { LIGHT } from '../src/canvas/export/theme';
import { toSvg } from '../src/canvas/export/to-svg';
import { en } from '../src/i18n/en';
import { ja } from '../src/i18n/ja';
import { tellStory } from '../src/i18n/story';
import { prepare } from '../src/model/prepare';
import { snapshotAt } from '../src/model/snapshot';
import { storyOf } from '../src/model/story';
import { validDataset } from './vite-plugin-dataset';

const STYLE = `
body{margin:0}
.first-paint{line-height:1.5;font-family:ui-sans-serif,system-ui,sans-serif;padding:12px 16px;color:#0f172a;background:#fff;min-height:100dvh}
.first-paint h1{font-size:20px;font-weight:600;margin:0}
.first-paint p{margin:4px 0 12px;font-size:14px;color:#334155}
.first-paint svg{display:block;width:100%;height:auto;max-height:calc(100dvh - 90px)}
.first-paint h2{font-size:14px;font-weight:600;text-transform:uppercase;letter-spacing:.025em;color:#475569;margin:12px 0 4px}
.first-paint .story{font-size:16px;color:inherit;max-width:60rem}
html:not([lang=ja]) .first-paint [lang=ja],html[lang=ja] .first-paint [lang=en]{display:none}
@media (prefers-color-scheme:dark){.first-paint{background:#0f172a;color:#e2e8f0}.first-paint p,.first-paint h2{color:#cbd5e1}.first-paint svg{filter:invert(.9) hue-rotate(180deg)}}`;

/**
 * Picks the first paint's language before it is laid out, as the explorer will pick it (a link's
 * `lang`, else the browser's first language: src/url/context.ts), so the page shows one language
 * and lays out no text of the other: on a system without Japanese fonts, looking for one held the
 * first layout up by about 50 ms. It also starts loading what the link's first view needs beyond
 * the explorer's script, beside that script rather than a round trip after it: the Japanese words
 * for a Japanese reader, a component's details for a link that names one (`node`; src/boot.ts
 * asks for both again, which then costs nothing). Inline, so nothing is fetched before the first
 * paint; the Content Security Policy allows it by its hash (scripts/vite-plugin-csp.ts). Without
 * script the page shows English.
 */
export const firstView = ({ words, details }: Record<'words' | 'details', string[]>) =>
  `{const s=new URLSearchParams(location.search),q=s.get('lang'),l=q==='ja'||q!=='en'&&/^ja/i.test(navigator.languages[0]??'')?'ja':'en',f=u=>{const p=document.createElement('link');p.rel='modulepreload';p.href=u;document.head.append(p)};document.documentElement.lang=l;if(l==='ja')${JSON.stringify(words)}.forEach(f);if(s.has('node'))${JSON.stringify(details)}.forEach(f)}`;

/** The scripts a chunk of its own needs (itself and what it imports), but those every page loads. */
function scriptsOf(bundle: Rolldown.OutputBundle, source: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  const root = chunks.find((c) => c.facadeModuleId?.endsWith(source));
  if (entry === undefined || root === undefined)
    throw new Error(`first-paint: no chunk of its own for ${source}`);
  const loaded = new Set([entry.fileName, ...entry.imports]);
  const needed = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file) || needed.has(file)) return;
    needed.add(file);
    for (const f of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(f);
  };
  visit(root.fileName);
  return [...needed].map((f) => `./${f}`);
}

/** The first paint's line under the title, in both languages (build only, so not in the explorer's messages). */
const LOADING = {
  en: (day: string) => `The stack on ${day}, drawn ahead; the explorer is loading…`,
  ja: (day: string) => `${day} のスタック(先に描いた図)。エクスプローラーを読み込み中…`,
};

/** A text in each language, of which the page shows the reader's (firstView). */
const both = (english: string, japanese: string) =>
  `<span lang="en">${escapeXml(english)}</span><span lang="ja">${escapeXml(japanese)}</span>`;

/**
 * The first view without waiting for JavaScript (issue 13): the build draws the default view (the
 * dataset's last day, no focus) as static SVG into index.html, with the title, a line saying the
 * explorer is loading and the day's story as the explorer tells it, in both languages, of which it
 * shows the reader's; React replaces it when the explorer is ready. The first paint does not wait
 * for the explorer's stylesheet (below). It also preloads data/prepared.json, so that request goes
 * out with the HTML rather than after the script has run. Build only.
 */
export function firstPaintPlugin(root: string): Plugin {
  return {
    name: 'first-paint',
    apply: 'build',
    // After Vite has put its own tags in, so the explorer's stylesheet link is there to rewrite.
    transformIndexHtml: { order: 'post', handler: firstPaint },
  };

  function firstPaint(html: string, { bundle }: IndexHtmlTransformContext): IndexHtmlTransformResult {
    const dataset = validDataset(root);
    const prepared = prepare(dataset);
    const day = dataset.asOf;
    const view = { date: day, focus: null, figure: false, compare: null, node: null };
    const svg = toSvg(drawingOf(flowOfView(prepared, view), en, LIGHT), `${en.title} · ${day}`);
    const story = storyOf(snapshotAt(dataset, day), dataset.stacks, null);
    const shell = [
      '<div class="first-paint">',
      `<h1>${both(en.title, ja.title)}</h1>`,
      `<p>${both(LOADING.en(day), LOADING.ja(day))}</p>`,
      svg,
      `<h2>${both(en.stackOnThisDay, ja.stackOnThisDay)}</h2>`,
      `<p class="story" lang="en">${escapeXml(tellStory(story, en, 'en'))}</p>`,
      `<p class="story" lang="ja">${escapeXml(tellStory(story, ja, 'ja'))}</p>`,
      '</div>',
    ].join('');
    // The first paint is styled inline; the explorer's stylesheet loads beside it without holding
    // it up (a stylesheet for print only blocks nothing) and applies when the explorer draws
    // (src/main.tsx), so the first view is not laid out twice.
    const styles = /<link rel="stylesheet" crossorigin href="(\.\/assets\/index-[\w-]+\.css)">/;
    if (!styles.test(html))
      throw new Error('first-paint: the explorer’s stylesheet link is not in index.html');
    const scripts = (source: string) => scriptsOf(bundle ?? {}, source);
    return {
      html: html
        .replace('<div id="root"></div>', `<div id="root">${shell}</div>`)
        .replace(styles, '<link rel="stylesheet" crossorigin href="$1" media="print" data-explorer-styles>'),
      tags: [
        {
          tag: 'script',
          attrs: { id: 'first-view' },
          children: firstView({
            words: scripts('/src/i18n/ja.ts'),
            details: scripts('/src/ui/details/DetailsPanel.tsx'),
          }),
          injectTo: 'head',
        },
        { tag: 'style', children: STYLE, injectTo: 'head' },
        {
          tag: 'link',
          attrs: { rel: 'preload', href: 'data/prepared.json', as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ],
    };
  }
}

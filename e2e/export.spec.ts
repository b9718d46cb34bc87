import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, open, pngPixels, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { file, bytes: await readFile((await file.path())!) };
}

test('exports the focused view as PNG and SVG, named after the view, with its link in the caption', async ({
  page,
  request,
}) => {
  const dataset = await (await request.get('./data/dataset.json')).json();
  const stack: { components: string[] } = dataset.stacks.find(
    (s: { id: string }) => s.id === 'cri-containerd',
  );
  await open(page, '?date=2017-10-15&focus=cri-containerd');
  await expect(page.locator('[data-fitted="true"]')).toBeVisible();

  const svgFile = await download(page, 'Export SVG');
  expect(svgFile.file.suggestedFilename()).toBe('runtimes-2017-10-15-cri-containerd.svg');
  // Parsed as a browser would, so the escaped "&" of the URL compares as text.
  const svg = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const drawn: Record<string, { text: string; emphasis: string | null }> = {};
    for (const g of Array.from(doc.querySelectorAll('g[data-id]')))
      drawn[g.getAttribute('data-id')!] = {
        text: g.textContent ?? '',
        emphasis: g.getAttribute('data-emphasis'),
      };
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(doc.documentElement.getAttribute('width')),
      caption: doc.querySelector('.caption')?.textContent ?? '',
      drawn,
    };
  }, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.caption).toContain(page.url());
  expect(svg.caption).toContain('Container runtimes on 2017-10-15');
  for (const id of stack.components) expect(svg.drawn[id]?.emphasis, id).toBe('focused');
  for (const name of ['cri-containerd', 'containerd', 'runc'])
    expect(svg.drawn[name]?.text, name).toContain(name);
  expect(
    Object.values(svg.drawn).some((c) => c.emphasis === 'dimmed'),
    'the rest of the day, dimmed',
  ).toBe(true);

  const png = await download(page, 'Export PNG');
  expect(png.file.suggestedFilename()).toBe('runtimes-2017-10-15-cri-containerd.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  expect(png.bytes.readUInt32BE(16), 'drawn at twice the SVG width').toBe(2 * svg.width);
  // A blank image compresses well too: check that the drawing (above the caption strip) has ink on the white.
  const { dark: inked } = await pngPixels(page, png.bytes, 0.9);
  expect(inked).toBeGreaterThan(0.005);
});

test('the default view exports its groups and its row names too', async ({ page }) => {
  await open(page, '?date=2019-06-15');
  const { bytes } = await download(page, 'Export SVG');
  const svg = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    // A name may take two lines (two <text> elements): read them as one.
    const byId = (id: string) =>
      Array.from(doc.querySelectorAll(`g[data-id="${id}"] text`), (t) => t.textContent).join(' ');
    return {
      kata: byId('group:kata'),
      gvisor: byId('group:gvisor'),
      text: doc.documentElement.textContent ?? '',
    };
  }, bytes.toString('utf8'));
  expect(svg.kata).toContain('Kata Containers');
  expect(svg.gvisor).toContain('gVisor');
  for (const row of ['CRI impl', 'Shim', 'OCI runtime']) expect(svg.text).toContain(row);
});

test('in dark mode the export is dark too: light names on dark cards, and in the view’s language', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?date=2021-06-01&lang=ja');
  const { bytes } = await download(page, 'SVG で書き出す');
  const svg = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    // Relative luminance of a #rrggbb fill, 0 (black) to 1 (white).
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const card = doc.querySelector('g[data-id="containerd"]')!;
    return {
      card: luminance(card.querySelector('rect')!.getAttribute('fill')!),
      name: luminance(card.querySelector('text')!.getAttribute('fill')!),
      mark: doc.querySelector('g[data-id="dockershim"]')?.textContent ?? '',
    };
  }, bytes.toString('utf8'));
  expect(svg.card).toBeLessThan(0.05);
  expect(svg.name).toBeGreaterThan(0.8);
  expect(svg.mark).toContain('非推奨');
});

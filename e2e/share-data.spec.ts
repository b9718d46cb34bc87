import { expect, test } from './fixtures';

test('the dataset and its JSON Schema are published beside index.html', async ({ request }) => {
  const dataset = await request.get('./data/dataset.json');
  expect(dataset.ok()).toBe(true);
  expect((await dataset.json()).schemaVersion).toBe(1);
  const schema = await request.get('./data/dataset.schema.json');
  expect(schema.ok()).toBe(true);
  const body = await schema.json();
  expect(body.properties.components.type).toBe('array');
  expect(body.required).toEqual(
    expect.arrayContaining(['schemaVersion', 'version', 'components', 'relations']),
  );
});

test('the data-format page links to the data and its schema, and both resolve', async ({ page, request }) => {
  const response = await page.goto('./data-format.html');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const file of ['data/dataset.json', 'data/dataset.schema.json']) {
    const link = page.locator(`a[href="${file}"]`).first();
    await expect(link).toBeVisible();
    const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  await expect(page.getByRole('link', { name: /Back to the explorer/ }).first()).toHaveAttribute(
    'href',
    './',
  );
});

test('the page shares well: og and twitter tags, and a PNG preview that resolves', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBeTruthy();
  expect(await meta('property="og:description"')).toBeTruthy();
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  const image = await meta('property="og:image"');
  expect(image).toBe('./preview.png');
  const png = await request.get(new URL(image!, page.url()).href);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  await expect(page.locator('head link[rel="alternate"][type="application/json"]')).toHaveAttribute(
    'href',
    'data/dataset.json',
  );
});

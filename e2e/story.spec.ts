import { expect, open, test } from './fixtures';

const story = (page: import('@playwright/test').Page) => page.getByTestId('story-summary');

test('on landing the story opens with what most Kubernetes nodes run, and CRI-O runs crun', async ({
  page,
}) => {
  await open(page, '');
  await expect(story(page)).toContainText(
    /^On \S+ Kubernetes \(kubelet\) reaches runc through containerd CRI plugin → containerd → containerd-shim-runc-v2/,
  );
  await expect(story(page)).toContainText('reaches crun through CRI-O → conmon');
  await expect(story(page)).not.toContainText(/reaches runc through [^;]*CRI-O/);
});

test('focusing a stack narrows the story to it, in both languages, and clearing it widens it again', async ({
  page,
}) => {
  await open(page, '?date=2018-06-01&focus=virtlet-criproxy');
  await expect(story(page)).toHaveText(
    'On 2018-06-01 Kubernetes (kubelet) reaches containerd through CRI Proxy → dockershim → Docker Engine (dockerd); Kubernetes (kubelet) reaches QEMU through CRI Proxy → Virtlet → libvirt → vmwrapper.',
  );
  await page.getByLabel('Focus').selectOption('cri-o');
  await expect(story(page)).toHaveText(
    'On 2018-06-01 Kubernetes (kubelet) reaches runc through CRI-O → conmon.',
  );
  await page.getByLabel('Language').selectOption('ja');
  await expect(story(page)).toHaveText(
    '2018-06-01、Kubernetes (kubelet) は CRI-O → conmon を経由して runc を呼ぶ。',
  );
  await page.getByLabel('フォーカス').selectOption('');
  await expect(story(page)).toContainText('dockershim');
});

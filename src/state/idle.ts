/** Run `work` when the browser is idle, within 2 s; where it has no idle callbacks, in 50 ms. */
export const idle = (work: (deadline?: IdleDeadline) => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 2000 })
    : window.setTimeout(work, 50);

export const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

/** Runs `work` when the browser is idle (within `timeout` ms at the latest); a timer where there is no idle callback (Safari). */
export const idle = (work: (deadline?: IdleDeadline) => void, timeout = 2000): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout })
    : window.setTimeout(work, 50);

export const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

/**
 * Run in the page before a measurement (as source text: tsx would wrap a passed function in helpers
 * the page lacks). It records input timestamps, the frame after the date label changes, the second
 * frame after the canvas draws a new day (and the first, as for the label), every animation frame
 * (their intervals are what a user sees as smooth or not), and long animation frames (when each
 * began, and how long it took), all in performance.now() time.
 */
export const RECORDER = `(() => {
  const rec = { inputs: [], labels: [], canvas: [], canvasFirst: [], frames: [], longFrames: [] };
  const everyFrame = (t) => {
    rec.frames.push(t);
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  window.__bench = rec;
  const lastInput = () => rec.inputs.length ? rec.inputs[rec.inputs.length - 1] : performance.now();
  for (const type of ['pointermove', 'pointerdown', 'click', 'keydown']) {
    window.addEventListener(type, (e) => rec.inputs.push(e.timeStamp), { capture: true });
  }
  const nextFrame = (frames, done) => requestAnimationFrame(() => (frames <= 1 ? done(performance.now()) : nextFrame(frames - 1, done)));
  const label = document.querySelector('output[for="date-slider"]');
  new MutationObserver(() => {
    const date = document.getElementById('date-slider').getAttribute('aria-valuetext') || '';
    const input = lastInput();
    nextFrame(1, (painted) => rec.labels.push({ date, input, painted }));
  }).observe(label, { childList: true, characterData: true, subtree: true });
  const canvas = document.querySelector('[data-drawn-date]');
  new MutationObserver(() => {
    const date = canvas.getAttribute('data-drawn-date') || '';
    nextFrame(1, (painted) => rec.canvasFirst.push({ date, painted }));
    nextFrame(2, (painted) => rec.canvas.push({ date, painted }));
  }).observe(canvas, { attributes: true, attributeFilter: ['data-drawn-date'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) rec.longFrames.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'long-animation-frame', buffered: false });
})()`;

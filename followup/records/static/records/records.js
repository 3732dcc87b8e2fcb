// The job-search record's Print button (no inline script: the Content-Security-Policy forbids it).
document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest("[data-print]") : null;
  if (button) window.print();
});

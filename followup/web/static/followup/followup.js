// Small progressive enhancements; every page works without this file.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  navigator.clipboard.writeText(source.value ?? source.textContent).then(() => {
    const status = document.getElementById(button.dataset.status || "copy-status");
    if (status) status.textContent = button.dataset.done || "Copied.";
  });
});

// After "Add another person" swaps in the people, put the cursor in the new row's name.
document.addEventListener("htmx:afterSwap", (event) => {
  const row = event.detail.target.querySelector?.("[data-new-row] input") ||
    document.querySelector("[data-new-row] input");
  if (row) row.focus();
});

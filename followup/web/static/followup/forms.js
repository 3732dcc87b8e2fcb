// Forms: the error summary takes focus when the page opens and its links put the cursor in the
// field, with the field's label in view; a field that only one choice needs shows with that
// choice. Every form works without this file (the server ignores what a choice does not need).

(() => {
  const summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    if (!link) return;
    const field = document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    const label = document.querySelector(`label[for='${CSS.escape(field.id)}']`);
    const legend = field.closest("fieldset")?.querySelector("legend");
    (legend || label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();

// <div data-shown-when="NAME=VALUE"> shows only while the radio button NAME has VALUE checked.
document.querySelectorAll("[data-shown-when]").forEach((block) => {
  const [name, value] = block.dataset.shownWhen.split("=");
  const form = block.closest("form");
  if (!form) return;
  const update = () => {
    const chosen = form.querySelector(`input[name='${CSS.escape(name)}']:checked`);
    block.hidden = !chosen || chosen.value !== value;
  };
  form.addEventListener("change", update);
  update();
});

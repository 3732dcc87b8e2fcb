// Small progressive enhancements; every page works without this file.

// A note's text: a first line "Subject: …" is the subject, the rest the body (as the server
// reads it in notes/views.py _split).
const splitNote = (text) => {
  const end = text.indexOf("\n");
  const first = end < 0 ? text : text.slice(0, end);
  if (!first.toLowerCase().startsWith("subject:")) return { subject: "", body: text };
  const rest = end < 0 ? "" : text.slice(end + 1);
  return { subject: first.slice("subject:".length).trim(), body: rest.replace(/^\n+/, "") };
};

// Copy buttons are hidden until this script can make them work.
document.querySelectorAll("[data-copy][hidden]").forEach((button) => { button.hidden = false; });

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  let text = source.value ?? source.textContent;
  if (button.dataset.copyPart) text = splitNote(text)[button.dataset.copyPart];
  navigator.clipboard.writeText(text).then(() => {
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

// The message editor: keep the text as it is typed, keep "Open in my email app" in step with
// it, say quietly when the checker is at work, and warn before leaving text not yet kept.
(() => {
  const editor = document.querySelector("textarea[data-autosave]");
  if (!editor) return;
  const form = editor.form;
  const status = document.getElementById(editor.dataset.status);
  const checking = document.getElementById(editor.dataset.checking);
  const link = document.querySelector("a[data-mailto]");
  const say = (text) => { if (status) status.textContent = text || ""; };
  let kept = editor.value;  // the text the server holds
  let timer = 0;
  let pending = 0;
  let chain = Promise.resolve();
  let handingOver = false;  // opening the email app is not leaving the page

  const keep = () => {
    const text = editor.value;
    if (text === kept) return Promise.resolve();
    const body = new FormData();
    body.append("text", text);
    body.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    say(status?.dataset.saving);
    pending += 1;
    return fetch(editor.dataset.autosave, { method: "POST", body, credentials: "same-origin" })
      .then(async (response) => {
        if (response.ok) {
          kept = text;
          say(editor.value === kept ? status?.dataset.saved : status?.dataset.saving);
        } else {
          say((await response.text()) || status?.dataset.failed);
        }
      })
      .catch(() => say(status?.dataset.failed))
      .finally(() => { pending -= 1; });
  };
  // One request at a time, in order: an older text never lands after a newer one.
  const keepNow = () => {
    clearTimeout(timer);
    chain = chain.then(keep);
    return chain;
  };

  const follow = () => {
    if (!link) return;
    const { subject, body } = splitNote(editor.value);
    link.href = `${link.dataset.mailto}?subject=${encodeURIComponent(subject)}` +
      `&body=${encodeURIComponent(body)}`;
  };
  if (link) {
    link.hidden = false;
    document.querySelectorAll("[data-mailto-fallback]").forEach((button) => button.remove());
    link.addEventListener("click", () => {
      follow();
      keepNow();
      handingOver = true;
      setTimeout(() => { handingOver = false; }, 1000);
    });
  }

  editor.addEventListener("input", () => {
    follow();
    clearTimeout(timer);
    timer = setTimeout(keepNow, 1000);
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-copy]")) keepNow();
  });

  // Every button of the form posts the text itself; wait for a save on its way first, so the
  // server sees the texts in the order they were typed.
  form.addEventListener("submit", (event) => {
    clearTimeout(timer);
    if (pending) {
      event.preventDefault();
      const submitter = event.submitter;
      chain.then(() => form.requestSubmit(submitter));
      return;
    }
    kept = editor.value;
  });

  window.addEventListener("beforeunload", (event) => {
    if (editor.value === kept || handingOver) return;
    event.preventDefault();
    event.returnValue = "";
  });

  if (checking) {
    document.addEventListener("htmx:beforeRequest", (event) => {
      if (event.detail.elt === editor) checking.hidden = false;
    });
    document.addEventListener("htmx:afterRequest", (event) => {
      if (event.detail.elt === editor) checking.hidden = true;
    });
  }
})();

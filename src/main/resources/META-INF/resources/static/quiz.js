// A quiz or knowledge-test paper: the time left and a draft of the answers on this device. The server owns the
// deadline and scores what arrives; this script only shows the time left, recomputed from the server's deadline
// on every load (so a reload keeps counting), and keeps the answers in localStorage from every change until a
// result page for the same attempt says they arrived: a submit lost to a dropped connection loses nothing.
// Without JavaScript the page keeps its "submit by" time and a plain form.
(() => {
  const storage = (() => {
    try {
      window.localStorage.setItem("quiz-probe", "1");
      window.localStorage.removeItem("quiz-probe");
      return window.localStorage;
    } catch (e) {
      return null; // private mode or storage switched off: the form still works, without a draft
    }
  })();

  const done = document.querySelector("[data-draft-done]");
  if (done && storage) {
    storage.removeItem("draft:" + done.dataset.draftDone);
  }

  const form = document.querySelector("form[data-draft]");
  if (form && storage) {
    const key = "draft:" + form.dataset.draft;
    const fields = () => Array.from(form.elements).filter((e) => /^[ao]-/.test(e.name));
    const checkable = (e) => e.type === "radio" || e.type === "checkbox";
    // By position on the paper with the field's name as a check: the paper of an attempt never changes, and
    // matching questions send several selects under one name.
    const save = () => {
      const values = fields().map((e) => ({ n: e.name, v: checkable(e) ? e.checked : e.value }));
      storage.setItem(key, JSON.stringify(values));
    };
    const saved = (() => {
      try {
        return JSON.parse(storage.getItem(key) || "null");
      } catch (e) {
        return null;
      }
    })();
    if (Array.isArray(saved) && form.dataset.serverAnswers !== "true") {
      fields().forEach((e, i) => {
        const value = saved[i];
        if (!value || value.n !== e.name) {
          return;
        }
        if (checkable(e)) {
          e.checked = value.v === true;
        } else {
          e.value = String(value.v);
        }
      });
      const note = form.querySelector("[data-draft-restored]");
      if (note) {
        note.hidden = false;
      }
    }
    form.addEventListener("change", save);
    form.addEventListener("input", save);
  }

  const countdown = document.querySelector("[data-deadline]");
  if (countdown) {
    const deadline = Date.parse(countdown.dataset.deadline);
    const timer = countdown.querySelector(".timer");
    const say = countdown.querySelector("[data-countdown-say]");
    // Announced once each when crossed while the page is open; the timer itself stays silent (aria-live off).
    const marks = [
      { at: 300, text: countdown.dataset.five },
      { at: 60, text: countdown.dataset.one },
      { at: 0, text: countdown.dataset.over },
    ];
    let last = null;
    const tick = () => {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      timer.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      marks.forEach((mark) => {
        if (last !== null && last > mark.at && left <= mark.at) {
          say.textContent = mark.text;
        }
      });
      countdown.classList.toggle("ending", left <= 60);
      last = left;
      if (left > 0) {
        window.setTimeout(tick, 1000 - (Date.now() % 1000));
      }
    };
    if (!Number.isNaN(deadline)) {
      countdown.hidden = false;
      tick();
    }
  }
})();

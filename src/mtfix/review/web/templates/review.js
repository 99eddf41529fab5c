"use strict";
(function () {
  const token = document.querySelector('meta[name="mtfix-token"]').content;
  const message = document.getElementById("message");
  let current = null;

  function say(text, isError) {
    message.textContent = text || "";
    message.classList.toggle("error", Boolean(isError));
  }

  function cardFor(file, number) {
    return document.getElementById("card-" + file + "-" + number);
  }

  function marksFor(file, number) {
    return document.querySelectorAll('mark.s[data-file="' + file + '"][data-number="' + number + '"]');
  }

  function render(state) {
    document.getElementById("left-total").textContent = state.left;
    for (const file of state.files) {
      const counter = document.querySelector('.left-count[data-file="' + file.index + '"]');
      if (counter) counter.textContent = file.left;
      for (const item of file.suggestions) {
        const card = cardFor(file.index, item.number);
        if (!card) continue;
        for (const status of ["pending", "accepted", "rejected", "blocked"]) {
          card.classList.toggle(status, status === item.status);
          for (const mark of marksFor(file.index, item.number)) mark.classList.toggle(status, status === item.status);
        }
        card.dataset.status = item.status;
        card.querySelector(".status").textContent = item.status;
        const edited = item.status === "accepted" && item.content !== card.dataset.replacement;
        card.querySelector(".edited-note").hidden = !edited;
        card.querySelector(".edited-text").textContent = edited ? item.content : "";
        const box = card.querySelector(".replacement");
        if (document.activeElement !== box) box.value = item.content;
      }
    }
    applyFilters();
  }

  async function post(path, body) {
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Mtfix-Token": token },
        body: JSON.stringify(body),
        credentials: "omit",
      });
    } catch (error) {
      say("the review server is not answering (was `mtfix serve` stopped?)", true);
      return null;
    }
    let data = {};
    try { data = await response.json(); } catch (error) { data = {}; }
    if (data.state) render(data.state);
    if (!response.ok) {
      say(data.error || "refused (" + response.status + ")", true);
      return null;
    }
    say(data.message || "", false);
    if (data.reload) {
      sessionStorage.setItem("mtfix-message", data.message || "");
      window.location.reload();
    }
    return data;
  }

  function decide(card, decision, content) {
    const body = { file: Number(card.dataset.file), number: Number(card.dataset.number), decision: decision };
    if (content !== undefined) body.content = content;
    return post("decide", body).then(function (data) { if (data) say("#" + card.dataset.number + " " + decision + (content !== undefined ? " (edited)" : "")); });
  }

  function visibleCards() {
    return Array.from(document.querySelectorAll(".card")).filter(function (card) { return !card.classList.contains("hidden"); });
  }

  function select(card, scroll) {
    if (current) {
      current.classList.remove("current");
      for (const mark of marksFor(current.dataset.file, current.dataset.number)) mark.classList.remove("current");
    }
    current = card;
    if (!card) return;
    card.classList.add("current");
    const marks = marksFor(card.dataset.file, card.dataset.number);
    for (const mark of marks) mark.classList.add("current");
    if (scroll !== false) {
      card.scrollIntoView({ block: "nearest" });
      if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    const cards = visibleCards();
    if (!cards.length) return;
    let index = current ? cards.indexOf(current) : -1;
    index = index < 0 ? (step > 0 ? 0 : cards.length - 1) : Math.min(cards.length - 1, Math.max(0, index + step));
    select(cards[index]);
  }

  function nextPending() {
    const cards = visibleCards();
    const start = current ? cards.indexOf(current) : -1;
    for (let i = 1; i <= cards.length; i++) {
      const card = cards[(start + i) % cards.length];
      if (card.dataset.status === "pending") { select(card); return; }
    }
  }

  function applyFilters() {
    const shown = new Set(Array.from(document.querySelectorAll(".category-filter:checked")).map(function (box) { return box.value; }));
    const hideDecided = document.getElementById("hide-decided").checked;
    for (const card of document.querySelectorAll(".card")) {
      const hidden = !shown.has(card.dataset.category) || (hideDecided && card.dataset.status !== "pending");
      card.classList.toggle("hidden", hidden);
      for (const mark of marksFor(card.dataset.file, card.dataset.number)) mark.classList.toggle("hidden", hidden);
    }
  }

  function act(card, action) {
    if (!card) return;
    select(card, false);
    const box = card.querySelector(".replacement");
    if (action === "accept") decide(card, "accept").then(nextPending);
    else if (action === "reject") decide(card, "reject").then(nextPending);
    else if (action === "pending") decide(card, "pending");
    else if (action === "edit") decide(card, "accept", box.value).then(function () { box.blur(); nextPending(); });
  }

  document.addEventListener("click", function (event) {
    const target = event.target;
    const card = target.closest(".card");
    if (target.closest("mark.s")) {
      const mark = target.closest("mark.s");
      select(cardFor(mark.dataset.file, mark.dataset.number));
    } else if (card && target.matches("button.accept")) act(card, "accept");
    else if (card && target.matches("button.reject")) act(card, "reject");
    else if (card && target.matches("button.save-edit")) act(card, "edit");
    else if (card && target.matches("button.pending-button")) act(card, "pending");
    else if (card && !target.matches("textarea")) select(card, false);
    else if (target.matches("button.apply")) post("apply", { file: Number(target.dataset.file) });
    else if (target.matches("button.reload")) post("reload", { file: Number(target.dataset.file) });
    else if (target.id === "accept-safe-all") post("accept-safe", {});
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches(".category-filter, #hide-decided")) applyFilters();
  });

  document.addEventListener("focusin", function (event) {
    const card = event.target.closest && event.target.closest(".card");
    if (card && card !== current) select(card, false);
  });

  document.addEventListener("keydown", function (event) {
    const target = event.target;
    if (target.matches && target.matches("textarea.replacement")) {
      const card = target.closest(".card");
      if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); act(card, "edit"); }
      else if (event.key === "Escape") { target.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.matches && target.matches("input, textarea, select")) return;
    const keys = {
      j: function () { move(1); }, ArrowDown: function () { move(1); },
      k: function () { move(-1); }, ArrowUp: function () { move(-1); },
      a: function () { act(current, "accept"); },
      r: function () { act(current, "reject"); },
      u: function () { act(current, "pending"); },
      e: function () { if (current) { const box = current.querySelector(".replacement"); box.focus(); box.select(); } },
      S: function () { post("accept-safe", {}); },
    };
    const handler = keys[event.key];
    if (handler) { event.preventDefault(); handler(); }
  });

  const saved = sessionStorage.getItem("mtfix-message");
  if (saved) { sessionStorage.removeItem("mtfix-message"); say(saved, false); }
  render(JSON.parse(document.getElementById("initial-state").textContent));
  nextPending();
})();

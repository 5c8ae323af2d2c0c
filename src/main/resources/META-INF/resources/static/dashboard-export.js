// Dashboard downloads with a visible progress indicator: the export is streamed by the server, read here chunk by
// chunk (the bytes received so far are shown), then saved under the server's file name. Without JavaScript the
// links are plain downloads.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[data-export]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  const box = document.querySelector(".export-progress");
  if (!box || !window.fetch || !window.ReadableStream) {
    return;
  }
  event.preventDefault();
  const bar = box.querySelector("progress");
  const status = box.querySelector("output");
  box.hidden = false;
  bar.removeAttribute("value");
  const say = (pattern, bytes) => { status.textContent = pattern.replace("#", Math.ceil(bytes / 1024)); };
  try {
    const response = await fetch(link.href, { credentials: "same-origin" });
    if (!response.ok) {
      window.location.href = link.href;
      return;
    }
    const total = Number(response.headers.get("Content-Length")) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (total) { bar.max = total; bar.value = received; }
      say(box.dataset.running, received);
    }
    bar.max = 1; bar.value = 1;
    say(box.dataset.done, received);
    const disposition = response.headers.get("Content-Disposition") || "";
    const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || "export";
    const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") || "" }));
    const save = document.createElement("a");
    save.href = url;
    save.download = name;
    document.body.appendChild(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    window.location.href = link.href;
  }
});

// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // box layers on the frame viewer
  document.querySelectorAll("input[data-layer]").forEach((box) => {
    const layer = document.querySelector(`#overlay .layer.${box.dataset.layer}`);
    const apply = () => { if (layer) layer.style.display = box.checked ? "" : "none"; };
    box.addEventListener("change", apply);
    apply();
  });
  const actual = document.getElementById("actual-size");
  if (actual) actual.addEventListener("change", () => {
    document.getElementById("viewer").classList.toggle("actual", actual.checked);
  });
  // bring the cited box into view
  const hl = document.getElementById("highlight");
  if (hl) hl.scrollIntoView({ block: "nearest", inline: "nearest" });
  // the day picker submits itself
  document.querySelectorAll("select[data-autosubmit]").forEach((s) =>
    s.addEventListener("change", () => s.form.submit()));
  // arrow keys step through frames (not while typing)
  document.addEventListener("keydown", (e) => {
    if (e.target.closest("input, textarea, select")) return;
    const link = document.getElementById(e.key === "ArrowLeft" ? "prev" : e.key === "ArrowRight" ? "next" : "");
    if (link) link.click();
  });
});

// fedgraph explorer: search, filters, neighbourhoods and the source panel.
// Data come from the JSON block #fg-data; everything shown is set with
// textContent, never parsed as HTML, so names from the text cannot run code.
(function () {
  const data = JSON.parse(document.getElementById("fg-data").textContent);
  const info = data.nodes;           // id -> {label, type, names, keys, sources}
  const edgeInfo = data.edges;       // id -> {relation, kind, from, to, sources}
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\s“”"'‘’]/g, "").toLowerCase();
  const hiddenTypes = new Set(), hiddenKinds = new Set();
  let focus = null, depth = 0;

  function visibleIds() {
    let keep = null;
    if (focus !== null && depth > 0) {
      keep = new Set([focus]);
      let frontier = [focus];
      for (let d = 0; d < depth; d++) {
        const next = [];
        for (const n of frontier) for (const m of data.adjacent[n] || []) if (!keep.has(m)) { keep.add(m); next.push(m); }
        frontier = next;
      }
    }
    return keep;
  }

  function applyFilters() {
    const keep = visibleIds();
    const nodeUpdates = [];
    for (const id in info) {
      const hide = hiddenTypes.has(info[id].type) || (keep !== null && !keep.has(id));
      nodeUpdates.push({ id: id, hidden: hide });
    }
    nodes.update(nodeUpdates);
    const edgeUpdates = [];
    for (const id in edgeInfo) edgeUpdates.push({ id: id, hidden: hiddenKinds.has(edgeInfo[id].kind) });
    edges.update(edgeUpdates);
  }

  function sourceList(sources) {
    const ul = el("ul");
    for (const [file, sentence] of sources) {
      const li = el("li", sentence);
      li.appendChild(el("div", file, "fg-file"));
      ul.appendChild(li);
    }
    return ul;
  }

  function showNode(id) {
    const n = info[id], panel = document.getElementById("fg-panel");
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("div", data.gloss[n.type]));
    if (n.names.length) { panel.appendChild(el("h3", "Names 名称")); panel.appendChild(el("div", n.names.join(" · "))); }
    const facts = el("ul");
    for (const eid of data.incident[id] || []) {
      const e = edgeInfo[eid];
      const other = e.from === id ? info[e.to] : info[e.from];
      const arrow = e.from === id ? "→" : "←";
      facts.appendChild(el("li", `${e.relation} ${arrow} ${other ? other.label : ""}`));
    }
    if (facts.childNodes.length) { panel.appendChild(el("h3", "Facts 关系")); panel.appendChild(facts); }
    if (n.sources.length) { panel.appendChild(el("h3", "Sources 出处")); panel.appendChild(sourceList(n.sources)); }
  }

  function showEdge(id) {
    const e = edgeInfo[id], panel = document.getElementById("fg-panel");
    panel.replaceChildren();
    panel.appendChild(el("h2", e.relation));
    panel.appendChild(el("div", `${info[e.from].label} → ${info[e.to].label}`));
    if (e.sources.length) { panel.appendChild(el("h3", "Sources 出处")); panel.appendChild(sourceList(e.sources)); }
  }

  function select(id) {
    focus = id;
    if (depth > 0) applyFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: 1.0, animation: false });
    showNode(id);
  }
  window.fgSelect = select;

  // search
  const box = document.getElementById("fg-search"), results = document.getElementById("fg-results");
  function search(q) {
    results.replaceChildren();
    const f = fold(q);
    if (!f) return [];
    const hits = [];
    for (const id in info) {
      if (info[id].keys.some((k) => k.includes(f))) hits.push(id);
      if (hits.length >= 30) break;
    }
    hits.sort((a, b) => info[a].label.length - info[b].label.length);
    for (const id of hits) {
      const li = el("li", `${info[id].label} (${data.gloss[info[id].type]})`);
      li.dataset.id = id;
      li.addEventListener("mousedown", () => { select(id); results.replaceChildren(); });
      results.appendChild(li);
    }
    return hits;
  }
  box.addEventListener("input", () => search(box.value));
  box.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const hits = search(box.value); if (hits.length) { select(hits[0]); results.replaceChildren(); } }
    if (ev.key === "Escape") results.replaceChildren();
  });

  // filters
  document.querySelectorAll("#fg-legend input").forEach((cb) => cb.addEventListener("change", () => {
    cb.checked ? hiddenTypes.delete(cb.value) : hiddenTypes.add(cb.value); applyFilters();
  }));
  document.querySelectorAll("#fg-relations input").forEach((cb) => cb.addEventListener("change", () => {
    cb.checked ? hiddenKinds.delete(cb.value) : hiddenKinds.add(cb.value); applyFilters();
  }));
  document.getElementById("fg-depth").addEventListener("change", (ev) => { depth = Number(ev.target.value); applyFilters(); });

  network.on("click", (params) => {
    if (params.nodes.length) { focus = params.nodes[0]; showNode(params.nodes[0]); if (depth > 0) applyFilters(); }
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.once("afterDrawing", () => { window.fgReady = true; });
  network.redraw();
})();

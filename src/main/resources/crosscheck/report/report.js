/* crosscheck report: draws the facts from the embedded report JSON. Text from the report is only
   ever set with textContent or SVG text nodes, never parsed as HTML; no request is made. */
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  var PAGE = 50;
  var SEVERITY = ['disputed', 'conflict', 'internal-inconsistency', 'single-source', 'revision', 'update',
    'not-comparable', 'agreement'];
  var DECISIONS = [['confirmed', 'confirmed'], ['false-alarm', 'false alarm'], ['resolved', 'resolved']];
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var storeKey = 'crosscheck.decisions.' + document.documentElement.getAttribute('data-report-key');
  var docs = new Map(data.documents.map(function (d) { return [d.id, d]; }));
  var claims = new Map(data.claims.map(function (c) { return [c.id, c]; }));
  var facts = data.facts.map(function (f, i) { return prepare(f, i); });
  var decisions = loadDecisions();
  var shown = [];
  var rendered = 0;
  var num = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });
  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function outlet(docId) {
    var d = docs.get(docId);
    return d ? (d.source || d.title || d.path.split(/[\\/]/).pop()) : docId;
  }
  function keyText(k) {
    return [k.subject, k.metric, k.time, k.scope].filter(function (x) { return x; }).join(' · ');
  }

  function prepare(f, i) {
    var cs = f.claims.map(function (id) { return claims.get(id); }).filter(Boolean);
    var docIds = Array.from(new Set(cs.map(function (c) { return c.document; })));
    var text = [f.id, f.verdict, f.rule, f.reason, keyText(f.key)].concat(cs.map(function (c) {
      return [c.sentence, c.attribution, outlet(c.document), c.quantity ? c.quantity.surface : ''].join(' ');
    })).join(' ').toLowerCase();
    return { fact: f, order: i, claims: cs, docs: docIds, text: text, severity: SEVERITY.indexOf(f.verdict) };
  }

  /* ---- decisions: report reviews (from --decisions) overlaid by this browser's edits ---- */
  function loadDecisions() {
    var map = new Map();
    data.facts.forEach(function (f) { if (f.review) { map.set(f.id, f.review); } });
    try {
      var local = JSON.parse(localStorage.getItem(storeKey) || '{}');
      Object.keys(local).forEach(function (id) {
        if (local[id] === null) { map.delete(id); } else { map.set(id, local[id]); }
      });
    } catch (e) { /* no storage (private mode): decisions live until the page closes */ }
    return map;
  }
  function saveDecision(id, review) {
    if (review) { decisions.set(id, review); } else { decisions.delete(id); }
    try {
      var local = JSON.parse(localStorage.getItem(storeKey) || '{}');
      local[id] = review || null;
      localStorage.setItem(storeKey, JSON.stringify(local));
      $('review-status').textContent = 'Saved in this browser. Export to use them with check --decisions.';
    } catch (e) {
      $('review-status').textContent = 'This browser does not keep decisions; export them before closing.';
    }
  }
  function exportJson() {
    var ids = Array.from(decisions.keys()).sort();
    return JSON.stringify({ formatVersion: 1, decisions: ids.map(function (id) {
      var r = decisions.get(id);
      return { fact: id, decision: r.decision, note: r.note || '', by: r.by || '', at: r.at || '' };
    }) }, null, 2) + '\n';
  }

  /* ---- filters ---- */
  function fillSelect(id, values, label) {
    var s = $(id);
    values.forEach(function (v) {
      var o = el('option', null, label ? label(v) : v);
      o.value = v;
      s.appendChild(o);
    });
  }
  function distinct(fn) {
    var set = new Set();
    facts.forEach(function (p) { fn(p).forEach(function (v) { if (v) { set.add(v); } }); });
    return Array.from(set).sort();
  }
  function initFilters() {
    var counts = {};
    facts.forEach(function (p) { counts[p.fact.verdict] = (counts[p.fact.verdict] || 0) + 1; });
    fillSelect('f-verdict', SEVERITY.filter(function (v) { return counts[v]; }), function (v) { return v + ' (' + counts[v] + ')'; });
    fillSelect('f-subject', distinct(function (p) { return [p.fact.key.subject]; }));
    fillSelect('f-metric', distinct(function (p) { return [p.fact.key.metric]; }));
    var sources = distinct(function (p) { return p.docs; });
    fillSelect('f-source', sources.sort(function (a, b) { return outlet(a).localeCompare(outlet(b)); }), outlet);
    ['f-verdict', 'f-subject', 'f-metric', 'f-source', 'f-status', 'f-sort'].forEach(function (id) {
      $(id).addEventListener('change', apply);
    });
    var timer = null;
    $('f-search').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    Array.prototype.forEach.call(document.querySelectorAll('button.verdict-filter'), function (b) {
      b.addEventListener('click', function () {
        $('f-verdict').value = b.getAttribute('data-verdict');
        apply();
        $('facts-h').scrollIntoView();
        $('f-verdict').focus();
      });
    });
  }
  function matches(p, f) {
    if (f.verdict && p.fact.verdict !== f.verdict) { return false; }
    if (f.subject && p.fact.key.subject !== f.subject) { return false; }
    if (f.metric && p.fact.key.metric !== f.metric) { return false; }
    if (f.source && p.docs.indexOf(f.source) < 0) { return false; }
    if (f.status === 'open' && (p.fact.baselined || decisions.has(p.fact.id))) { return false; }
    if (f.status === 'reviewed' && !decisions.has(p.fact.id)) { return false; }
    if (f.status === 'baselined' && !p.fact.baselined) { return false; }
    for (var i = 0; i < f.words.length; i++) {
      if (p.text.indexOf(f.words[i]) < 0) { return false; }
    }
    return true;
  }
  var SORTS = {
    severity: function (a, b) { return a.severity - b.severity || a.order - b.order; },
    subject: function (a, b) { return keyText(a.fact.key).localeCompare(keyText(b.fact.key)) || a.order - b.order; },
    sources: function (a, b) { return b.fact.sources - a.fact.sources || a.severity - b.severity || a.order - b.order; },
    claims: function (a, b) { return b.claims.length - a.claims.length || a.severity - b.severity || a.order - b.order; }
  };
  function apply() {
    var f = {
      verdict: $('f-verdict').value, subject: $('f-subject').value, metric: $('f-metric').value,
      source: $('f-source').value, status: $('f-status').value,
      words: $('f-search').value.toLowerCase().split(/\s+/).filter(Boolean)
    };
    shown = facts.filter(function (p) { return matches(p, f); }).sort(SORTS[$('f-sort').value] || SORTS.severity);
    $('fact-list').textContent = '';
    rendered = 0;
    more();
  }
  function more(upTo) {
    var list = $('fact-list');
    var end = Math.min(shown.length, Math.max(rendered + PAGE, upTo || 0));
    var frag = document.createDocumentFragment();
    for (; rendered < end; rendered++) { frag.appendChild(factCard(shown[rendered])); }
    list.appendChild(frag);
    $('result-count').textContent = 'Showing ' + rendered + ' of ' + shown.length + ' matching fact(s); '
      + facts.length + ' in the report.' + (shown.length ? '' : facts.length ? ' No fact matches these filters.' : '');
    var left = shown.length - rendered;
    $('more').hidden = left <= 0;
    $('more').textContent = 'Show ' + Math.min(PAGE, left) + ' more (' + left + ' left)';
  }

  /* ---- one fact ---- */
  function factCard(p) {
    var f = p.fact;
    var card = el('article', 'fact v-' + f.verdict);
    card.id = 'fact-' + f.id;
    card.setAttribute('data-fact', f.id);
    card.setAttribute('aria-labelledby', 'h-' + f.id);
    var h = el('h3');
    h.id = 'h-' + f.id;
    h.appendChild(el('span', 'badge v-' + f.verdict, f.verdict));
    h.appendChild(el('span', 'key', keyText(f.key) || f.id));
    if (f.baselined) { h.appendChild(el('span', 'badge baselined', 'baselined')); }
    var review = decisions.get(f.id);
    if (review) { h.appendChild(el('span', 'badge reviewed', 'reviewed: ' + review.decision)); }
    card.appendChild(h);
    card.appendChild(el('p', 'reason', f.reason));
    card.appendChild(el('p', 'meta', 'rule ' + (f.rule || 'none') + ' · ' + f.sources + ' source(s), '
      + f.independentSources + ' independent · ' + (f.key.dimension || '') + ' · fact ' + f.id));
    if (review) { card.appendChild(reviewedNote(review)); }
    if (p.claims.some(function (c) { return c.quantity; })) { card.appendChild(intervals(p.claims)); }
    var grid = el('div', 'claims');
    p.claims.forEach(function (c) { grid.appendChild(claimCard(c)); });
    card.appendChild(grid);
    var chains = f.chains.filter(function (c) { return c.documents.length > 1; });
    if (chains.length) {
      var ul = el('ul', 'chains');
      chains.forEach(function (c) {
        var copies = c.documents.filter(function (d) { return d !== c.origin; }).map(outlet);
        ul.appendChild(el('li', null, copies.join(', ') + (copies.length > 1 ? ' repeat ' : ' repeats ')
          + outlet(c.origin) + ': one source (' + c.via + ')'));
      });
      card.appendChild(el('p', 'chains', 'Copies:'));
      card.appendChild(ul);
    }
    card.appendChild(reviewForm(f));
    return card;
  }
  function reviewedNote(r) {
    return el('p', 'reviewed-note', 'Reviewed: ' + r.decision + (r.by ? ' by ' + r.by : '') + (r.at ? ' at ' + r.at : '')
      + (r.note ? ' — ' + r.note : ''));
  }

  function claimCard(c) {
    var d = docs.get(c.document) || {};
    var box = el('div', 'claim');
    box.setAttribute('data-claim', c.id);
    box.appendChild(el('h4', null, outlet(c.document)));
    var meta = [d.published || 'date unknown'];
    if (c.attribution) { meta.push('says ' + c.attribution); }
    if (c.modality && c.modality !== 'asserted') { meta.push(c.modality); }
    if (c.time) { meta.push('time ' + c.time); }
    box.appendChild(el('p', 'meta', meta.join(' · ')));
    if (c.polarity === 'negated') { box.appendChild(el('p', 'negated', 'denies')); }
    box.appendChild(sentence(c));
    if (c.quantity) {
      box.appendChild(el('p', 'value', 'Value: ' + value(c.quantity)));
      box.appendChild(el('p', 'value', 'Interval: ' + interval(c.quantity)));
    } else if (c.assertion) {
      var a = c.assertion;
      box.appendChild(el('p', 'value', 'Assertion: ' + [a.agent, a.predicate, a.object].filter(Boolean).join(' ')
        + (a.recipient ? ' → ' + a.recipient : '') + (a.objectClass ? ' (' + a.objectClass + ')' : '')));
    }
    box.appendChild(el('p', 'small', (d.title ? d.title + ' · ' : '') + (d.path || c.document) + ' @' + c.start + '–' + c.end));
    return box;
  }
  /* The number is marked where its surface text occurs in the sentence (first occurrence): the
     report gives document offsets, not the sentence's own offset, so the surface locates it. */
  function sentence(c) {
    var q = el('blockquote');
    var s = c.sentence || '';
    var surface = c.quantity ? c.quantity.surface : null;
    var at = surface ? s.indexOf(surface) : -1;
    if (at < 0) {
      q.textContent = s;
      return q;
    }
    q.appendChild(document.createTextNode(s.slice(0, at)));
    q.appendChild(el('mark', null, surface));
    q.appendChild(document.createTextNode(s.slice(at + surface.length)));
    return q;
  }
  function unit(q) {
    var u = q.unit && q.unit !== 'count' ? ' ' + q.unit : '';
    return u + (q.per ? ' per ' + q.per : '');
  }
  function value(q) {
    var has = function (n) { return typeof n === 'number'; };
    var v = has(q.point) ? num.format(q.point) : has(q.low) && has(q.high) ? num.format(q.low) + '–' + num.format(q.high) : '';
    var big = has(q.point) ? Math.abs(q.point) : has(q.high) ? Math.abs(q.high) : 0;
    if (big >= 1e6) { v += ' (' + (has(q.point) ? compact.format(q.point) : compact.format(q.low) + '–' + compact.format(q.high)) + ')'; }
    return (q.bound && q.bound !== 'exact' && q.bound !== 'range' ? q.bound + ' ' : '') + v + unit(q) + (q.approximate ? ' (approximate)' : '')
      + (q.change ? ' (change ' + q.change + ')' : '') + ' — “' + q.surface + '”';
  }
  function interval(q) {
    var lo = q.low === null || q.low === undefined ? '(−∞' : (q.lowInclusive ? '[' : '(') + num.format(q.low);
    var hi = q.high === null || q.high === undefined ? '∞)' : num.format(q.high) + (q.highInclusive ? ']' : ')');
    return lo + ', ' + hi + unit(q);
  }

  /* ---- the interval chart: one row and one mark per claim, on one linear axis ---- */
  function intervals(cs) {
    var qs = cs.filter(function (c) { return c.quantity; });
    var vals = [];
    qs.forEach(function (c) {
      [c.quantity.low, c.quantity.high, c.quantity.point].forEach(function (v) {
        if (typeof v === 'number' && isFinite(v)) { vals.push(v); }
      });
    });
    var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
    if (!vals.length) { lo = 0; hi = 1; }
    if (lo === hi) { var pad = Math.abs(lo) * 0.1 || 1; lo -= pad; hi += pad; }
    // values that differ by orders of magnitude go on a log axis, or the small ones would merge
    var log = lo > 0 && hi / lo > 50;
    var f = log ? Math.log10 : function (v) { return v; };
    var inv = log ? function (v) { return Math.pow(10, v); } : f;
    var flo = f(lo), fhi = f(hi), span = fhi - flo;
    flo -= span * 0.08; fhi += span * 0.08;
    var W = 600, L = 170, R = 20, ROW = 22, top = 6, H = top + qs.length * ROW + 26;
    var x = function (v) { return L + (f(v) - flo) / (fhi - flo) * (W - L - R); };
    var s = svg('svg', { 'class': 'intervals', width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    var title = svg('title');
    title.textContent = 'Each source\'s value on one ' + (log ? 'logarithmic' : 'linear') + ' axis';
    s.appendChild(title);
    var axisY = top + qs.length * ROW + 4;
    s.appendChild(svg('line', { 'class': 'axis', x1: L, x2: W - R, y1: axisY, y2: axisY }));
    if (log) {
      var scale = svg('text', { x: L - 8, y: axisY + 17, 'text-anchor': 'end', 'class': 'scale' });
      scale.textContent = 'log scale';
      s.appendChild(scale);
    }
    [lo, inv((f(lo) + f(hi)) / 2), hi].forEach(function (v) {
      s.appendChild(svg('line', { 'class': 'grid', x1: x(v), x2: x(v), y1: top, y2: axisY + 4 }));
      var t = svg('text', { x: x(v), y: axisY + 17, 'text-anchor': 'middle' });
      t.textContent = compact.format(v);
      s.appendChild(t);
    });
    qs.forEach(function (c, i) {
      var q = c.quantity, y = top + i * ROW + ROW / 2;
      var g = svg('g', { 'class': 'mark', 'data-claim': c.id, 'data-document': c.document });
      var tip = svg('title');
      tip.textContent = outlet(c.document) + ': ' + q.surface + ' ' + interval(q);
      g.appendChild(tip);
      var label = svg('text', { x: L - 8, y: y + 4, 'text-anchor': 'end' });
      var name = outlet(c.document);
      label.textContent = name.length > 26 ? name.slice(0, 25) + '…' : name;
      g.appendChild(label);
      var hasLo = typeof q.low === 'number', hasHi = typeof q.high === 'number';
      var x1 = hasLo && (!log || q.low > 0) ? x(q.low) : L, x2 = hasHi ? x(q.high) : W - R;
      if (q.bound === 'range' || !hasLo || !hasHi || q.low !== q.high) {
        g.appendChild(svg('line', { 'class': q.bound === 'range' || !hasLo || !hasHi ? 'range' : 'band', x1: x1, x2: x2, y1: y, y2: y }));
        if (!hasLo) { g.appendChild(svg('polygon', { 'class': 'arrow', points: (L - 2) + ',' + y + ' ' + (L + 8) + ',' + (y - 6) + ' ' + (L + 8) + ',' + (y + 6) })); }
        if (!hasHi) { g.appendChild(svg('polygon', { 'class': 'arrow', points: (W - R + 2) + ',' + y + ' ' + (W - R - 8) + ',' + (y - 6) + ' ' + (W - R - 8) + ',' + (y + 6) })); }
        if (hasLo && (q.bound === 'range' || !hasHi)) { g.appendChild(svg('circle', { 'class': q.lowInclusive ? 'end' : 'end open', cx: x1, cy: y, r: 4 })); }
        if (hasHi && (q.bound === 'range' || !hasLo)) { g.appendChild(svg('circle', { 'class': q.highInclusive ? 'end' : 'end open', cx: x2, cy: y, r: 4 })); }
      }
      if (typeof q.point === 'number' && q.bound !== 'range' && hasLo && hasHi) {
        g.appendChild(svg('circle', { 'class': 'point', cx: x(q.point), cy: y, r: 5.5 }));
      }
      s.appendChild(g);
    });
    return s;
  }

  /* ---- the review form of one fact ---- */
  var formSeq = 0;
  function reviewForm(f) {
    var n = ++formSeq;
    var wrap = el('div', 'review');
    var det = el('details');
    var current = decisions.get(f.id);
    det.appendChild(el('summary', null, current ? 'Change review' : 'Review this finding'));
    var fs = el('fieldset');
    fs.appendChild(el('legend', null, 'Decision'));
    [['', 'not reviewed']].concat(DECISIONS).forEach(function (d) {
      var id = 'r' + n + '-' + (d[0] || 'none');
      var input = el('input');
      input.type = 'radio';
      input.name = 'decision-' + n;
      input.value = d[0];
      input.id = id;
      input.checked = (current ? current.decision : '') === d[0];
      var label = el('label', null, ' ' + d[1]);
      label.htmlFor = id;
      var span = el('span');
      span.appendChild(input);
      span.appendChild(label);
      fs.appendChild(span);
    });
    det.appendChild(fs);
    var noteLabel = el('label', null, 'Note');
    noteLabel.htmlFor = 'note-' + n;
    var note = el('textarea');
    note.id = 'note-' + n;
    note.value = current && current.note ? current.note : '';
    det.appendChild(noteLabel);
    det.appendChild(note);
    var save = el('button', 'save', 'Save decision');
    save.type = 'button';
    save.addEventListener('click', function () {
      var chosen = fs.querySelector('input:checked');
      var decision = chosen ? chosen.value : '';
      var by = $('reviewer').value.trim();
      saveDecision(f.id, decision ? { decision: decision, note: note.value, by: by, at: new Date().toISOString() } : null);
      var card = $('fact-' + f.id);
      var fresh = factCard(facts.filter(function (p) { return p.fact.id === f.id; })[0]);
      card.replaceWith(fresh);
      var heading = fresh.querySelector('h3');
      heading.tabIndex = -1;
      heading.focus();
    });
    det.appendChild(save);
    wrap.appendChild(det);
    return wrap;
  }

  function initReviewTools() {
    try { $('reviewer').value = localStorage.getItem('crosscheck.reviewer') || ''; } catch (e) { /* none */ }
    $('reviewer').addEventListener('change', function () {
      try { localStorage.setItem('crosscheck.reviewer', $('reviewer').value.trim()); } catch (e) { /* none */ }
    });
    $('export').addEventListener('click', function () {
      var blob = new Blob([exportJson()], { type: 'application/json' });
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'decisions.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      $('review-status').textContent = decisions.size + ' decision(s) exported as decisions.json.';
    });
    $('import').addEventListener('change', function () {
      var file = $('import').files[0];
      if (!file) { return; }
      file.text().then(function (t) {
        var doc = JSON.parse(t);
        if (doc.formatVersion !== 1 || !Array.isArray(doc.decisions)) { throw new Error('not a decisions file'); }
        doc.decisions.forEach(function (d) {
          if (d && typeof d.fact === 'string' && DECISIONS.some(function (k) { return k[0] === d.decision; })) {
            saveDecision(d.fact, { decision: d.decision, note: String(d.note || ''), by: String(d.by || ''), at: String(d.at || '') });
          }
        });
        apply();
        $('review-status').textContent = doc.decisions.length + ' decision(s) imported.';
      }).catch(function (e) { $('review-status').textContent = 'Import failed: ' + e.message; });
    });
    $('more').addEventListener('click', function () { more(); });
  }

  function showHash() {
    var m = /^#fact-([0-9A-Za-z_-]+)$/.exec(location.hash);
    if (!m) { return; }
    var at = shown.findIndex(function (p) { return p.fact.id === m[1]; });
    if (at < 0) { return; }
    if (at >= rendered) { more(at + 1); }
    var card = $('fact-' + m[1]);
    if (card) { card.scrollIntoView(); card.querySelector('h3').tabIndex = -1; card.querySelector('h3').focus(); }
  }

  initFilters();
  initReviewTools();
  apply();
  showHash();
  window.addEventListener('hashchange', showHash);
  document.documentElement.setAttribute('data-ready', 'true');
}());

// The participant page of a cxmap live session. No framework, no build
// step. Text from people is only ever set with textContent.
(function () {
  'use strict';

  var parts = location.pathname.split('/');
  var code = (parts[2] || '').toUpperCase();
  var KEY = 'cxmap.token.' + code;
  var token = null;
  try { token = localStorage.getItem(KEY); } catch (e) { token = null; }

  var lang = 'en';
  var content = null;   // the questionnaire
  var state = null;     // what the session lets this phone see
  var es = null;        // the event stream
  var pos = null;       // self-paced: the question shown
  var drafts = {};      // notes being typed, by question
  var status = { text: '', kind: '' };
  var busy = false;
  var lastShown = null; // the question on screen at the last render

  var STR = {
    en: {
      join_title: 'Join the workshop', your_name: 'Your name', join: 'Join',
      pick: 'Or pick your name:', taken: 'in use',
      waiting: 'Waiting for the facilitator to open a question…',
      question_of: 'Question %1 of %2', na: 'Not applicable', dk: "Don't know",
      note: 'Note (optional)', save_note: 'Save note', saved: 'Saved', choose_first: 'Choose an answer first, then save the note.',
      prev: '‹ Previous', next: 'Next ›', answered: '%1 of %2 answered',
      revealed: 'Votes', votes: '%1 votes', median: 'Median %1', spread: 'Spread %1',
      disagree: 'Disagreement: worth discussing', consensus: 'Team answer: %1', anonymous: 'Anonymous',
      your_vote: 'Your vote: %1', no_vote: 'You did not vote on this question.', closed: 'Votes are closed for this question.',
      ended: 'The session has ended. Thank you for taking part!',
      offline: 'Connection lost: reconnecting…', wrong_code: 'This session is not running any more. Check the address on the screen.',
      failed: 'Not saved: %1', none: '—'
    },
    es: {
      join_title: 'Únete al taller', your_name: 'Tu nombre', join: 'Entrar',
      pick: 'O elige tu nombre:', taken: 'en uso',
      waiting: 'Esperando a que la persona facilitadora abra una pregunta…',
      question_of: 'Pregunta %1 de %2', na: 'No aplica', dk: 'No lo sé',
      note: 'Nota (opcional)', save_note: 'Guardar nota', saved: 'Guardado', choose_first: 'Elige primero una respuesta y luego guarda la nota.',
      prev: '‹ Anterior', next: 'Siguiente ›', answered: '%1 de %2 respondidas',
      revealed: 'Votos', votes: '%1 votos', median: 'Mediana %1', spread: 'Dispersión %1',
      disagree: 'Desacuerdo: conviene hablarlo', consensus: 'Respuesta del equipo: %1', anonymous: 'Anónimo',
      your_vote: 'Tu voto: %1', no_vote: 'No votaste esta pregunta.', closed: 'La votación de esta pregunta está cerrada.',
      ended: 'La sesión ha terminado. ¡Gracias por participar!',
      offline: 'Conexión perdida: reconectando…', wrong_code: 'Esta sesión ya no está activa. Revisa la dirección en la pantalla.',
      failed: 'No se guardó: %1', none: '—'
    }
  };

  function t(key) {
    var s = (STR[lang] && STR[lang][key]) || STR.en[key] || key;
    for (var i = 1; i < arguments.length; i++) { s = s.split('%' + i).join(String(arguments[i])); }
    return s;
  }

  function num(x) {
    var s = (Math.round(x * 10) / 10).toString();
    return lang === 'es' ? s.replace('.', ',') : s;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  var main = document.getElementById('main');
  var banner = document.getElementById('banner');
  var who = document.getElementById('who');

  function setBanner(text) {
    banner.textContent = text || '';
    banner.hidden = !text;
  }

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (token) { headers['Authorization'] = 'Bearer ' + token; }
    return fetch(path, { method: method, headers: headers, cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.json().catch(function () { return null; }).then(function (data) {
          if (!r.ok) {
            var err = new Error((data && data.error) || r.statusText);
            err.status = r.status;
            throw err;
          }
          return data;
        });
      });
  }

  function setLang(l) {
    lang = (l === 'es') ? 'es' : 'en';
    document.documentElement.lang = lang;
  }

  // start: with a kept token, resume where this phone was; else join.
  function start() {
    if (!token) { showJoin(); return; }
    api('GET', '/api/content').then(function (c) {
      content = c;
      setLang(c.lang);
      connect();
    }).catch(function (err) {
      if (err.status === 401) {
        forget();
        showJoin();
      } else {
        setBanner(t('offline'));
        setTimeout(start, 3000);
      }
    });
  }

  function forget() {
    token = null;
    try { localStorage.removeItem(KEY); } catch (e) { /* private mode */ }
  }

  function showJoin(message) {
    api('GET', '/api/roster?code=' + encodeURIComponent(code)).then(function (r) {
      setLang(r.lang);
      setBanner('');
      main.replaceChildren();
      var card = el('div', 'card');
      card.appendChild(el('p', 'muted small', r.workshop));
      card.appendChild(el('h1', null, t('join_title')));
      var lab = el('label', null, t('your_name'));
      lab.htmlFor = 'name';
      card.appendChild(lab);
      var input = el('input');
      input.type = 'text'; input.id = 'name'; input.maxLength = 60; input.autocomplete = 'name';
      card.appendChild(input);
      var st = el('div', 'status');
      if (message) { st.textContent = message; st.className = 'status err'; }
      var go = el('button', 'btn', t('join'));
      go.id = 'join';
      go.style.marginTop = '12px';
      go.style.width = '100%';
      go.addEventListener('click', function () { join(input.value, st); });
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { join(input.value, st); } });
      card.appendChild(go);
      if (r.roster.length) {
        card.appendChild(el('p', 'muted', t('pick')));
        var people = el('div', 'people');
        r.roster.forEach(function (p) {
          var b = el('button', 'btn secondary', p.taken ? p.name + ' (' + t('taken') + ')' : p.name);
          b.disabled = p.taken;
          b.addEventListener('click', function () { join(p.name, st); });
          people.appendChild(b);
        });
        card.appendChild(people);
      }
      card.appendChild(st);
      main.appendChild(card);
    }).catch(function (err) {
      main.replaceChildren(el('p', 'card', err.status === 401 || err.status === 404 ? t('wrong_code') : t('offline')));
      if (err.status !== 401 && err.status !== 404) { setTimeout(function () { showJoin(message); }, 3000); }
    });
  }

  function join(name, st) {
    name = (name || '').trim();
    if (!name || busy) { return; }
    busy = true;
    api('POST', '/api/join', { code: code, name: name }).then(function (r) {
      busy = false;
      token = r.token;
      try { localStorage.setItem(KEY, token); } catch (e) { /* private mode: works until closed */ }
      start();
    }).catch(function (err) {
      busy = false;
      st.textContent = err.message;
      st.className = 'status err';
    });
  }

  // connect follows the session through Server-Sent Events. EventSource
  // reconnects by itself after a network loss; when the server refuses
  // the stream (a restart without our token), start over.
  function connect() {
    if (es) { es.close(); }
    es = new EventSource('/api/events?token=' + encodeURIComponent(token));
    es.addEventListener('state', function (e) {
      setBanner('');
      state = JSON.parse(e.data);
      if (state.pacing === 'self' && (pos === null || !questionByID(pos))) { pos = state.position; }
      render();
      if (state.ended) { es.close(); }
    });
    es.onerror = function () {
      if (state && state.ended) { return; }
      setBanner(t('offline'));
      if (es.readyState === EventSource.CLOSED) { setTimeout(start, 3000); }
    };
  }

  function questionByID(id) {
    if (!content || !id) { return null; }
    for (var i = 0; i < content.questions.length; i++) {
      if (content.questions[i].id === id) { return content.questions[i]; }
    }
    return null;
  }

  function shownQuestion() {
    if (!state) { return null; }
    return questionByID(state.pacing === 'self' ? (pos || state.position) : state.current);
  }

  function answerLabel(v) {
    if (!v) { return t('none'); }
    if (v.na) { return t('na'); }
    if (v.dont_know) { return t('dk'); }
    var l = content.levels[v.level - 1];
    return v.level + (l ? ' · ' + l.name : '');
  }

  function render() {
    who.textContent = state ? state.name : '';
    // Keep a note being typed, and its focus, across updates.
    var active = document.activeElement;
    var focusNote = active && active.id === 'note';
    main.replaceChildren();
    if (state.ended) {
      main.appendChild(el('p', 'card center', t('ended')));
      return;
    }
    var q = shownQuestion();
    // A new question starts at the top of the page, and without the
    // previous question's "saved".
    var shownID = q ? q.id : '';
    if (shownID !== lastShown) {
      lastShown = shownID;
      status = { text: '', kind: '' };
      window.scrollTo(0, 0);
    }
    if (!q) {
      var w = el('div', 'card center');
      w.appendChild(el('p', 'muted', content.workshop));
      w.appendChild(el('p', null, t('waiting')));
      main.appendChild(w);
      return;
    }
    var total = content.questions.length;
    var meta = el('div', 'meta');
    meta.appendChild(el('span', null, t('question_of', q.number, total)));
    meta.appendChild(el('span', null, q.dimension));
    main.appendChild(meta);
    if (state.pacing === 'self') {
      var done = Object.keys(state.mine).length;
      var bar = el('div', 'progress');
      var fill = el('div');
      fill.style.width = Math.round(100 * done / total) + '%';
      bar.appendChild(fill);
      main.appendChild(bar);
      main.appendChild(el('div', 'muted small', t('answered', done, total)));
    }
    main.appendChild(el('h1', null, q.text));
    if (q.hint) { main.appendChild(el('p', 'hint', q.hint)); }

    var mine = state.mine[q.id] || null;
    var reveal = state.revealed[q.id] || null;
    if (reveal) {
      main.appendChild(renderReveal(reveal, mine));
    }
    var choices = el('div', 'choices');
    q.descriptors.forEach(function (d, i) {
      var level = i + 1;
      var b = el('button', 'choice');
      b.type = 'button';
      b.dataset.level = String(level);
      var l = content.levels[i];
      b.appendChild(el('span', 'lvl', level + (l ? ' · ' + l.name : '')));
      b.appendChild(el('span', 'desc', d));
      b.setAttribute('aria-pressed', mine && !mine.na && !mine.dont_know && mine.level === level ? 'true' : 'false');
      b.addEventListener('click', function () { vote(q.id, { level: level }); });
      choices.appendChild(b);
    });
    var na = el('button', 'choice');
    na.type = 'button';
    na.dataset.level = 'na';
    na.appendChild(el('span', 'lvl', t('na')));
    na.setAttribute('aria-pressed', mine && mine.na ? 'true' : 'false');
    na.addEventListener('click', function () { vote(q.id, { na: true }); });
    choices.appendChild(na);
    if (content.dont_know) {
      var dk = el('button', 'choice');
      dk.type = 'button';
      dk.dataset.level = 'dk';
      dk.appendChild(el('span', 'lvl', t('dk')));
      dk.setAttribute('aria-pressed', mine && mine.dont_know ? 'true' : 'false');
      dk.addEventListener('click', function () { vote(q.id, { dont_know: true }); });
      choices.appendChild(dk);
    }
    if (!reveal) {
      main.appendChild(choices);
      var lab = el('label', null, t('note'));
      lab.htmlFor = 'note';
      main.appendChild(lab);
      var note = el('textarea');
      note.id = 'note';
      note.maxLength = 2000;
      note.value = drafts[q.id] !== undefined ? drafts[q.id] : (mine && mine.note) || '';
      note.addEventListener('input', function () { drafts[q.id] = note.value; });
      main.appendChild(note);
      var save = el('button', 'btn secondary', t('save_note'));
      save.style.marginTop = '8px';
      save.addEventListener('click', function () {
        if (!mine) { setStatus(t('choose_first'), 'err'); return; }
        var v = { note: note.value };
        if (mine.na) { v.na = true; } else if (mine.dont_know) { v.dont_know = true; } else { v.level = mine.level; }
        vote(q.id, v);
      });
      main.appendChild(save);
      if (focusNote) { note.focus(); }
    }
    var st = el('div', 'status' + (status.kind ? ' ' + status.kind : ''), status.text);
    st.id = 'status';
    main.appendChild(st);

    if (state.pacing === 'self') {
      var i = q.number - 1;
      var nav = el('div', 'row');
      nav.style.marginTop = '14px';
      var prev = el('button', 'btn secondary', t('prev'));
      prev.disabled = i === 0;
      prev.addEventListener('click', function () { move(content.questions[i - 1].id); });
      var next = el('button', 'btn', t('next'));
      next.disabled = i === total - 1;
      next.addEventListener('click', function () { move(content.questions[i + 1].id); });
      nav.appendChild(prev);
      nav.appendChild(next);
      main.appendChild(nav);
    }
  }

  function renderReveal(r, mine) {
    var card = el('div', 'card reveal');
    card.appendChild(el('h2', null, t('revealed') + ' · ' + t('votes', r.votes)));
    var hist = el('div', 'hist');
    var most = 1;
    var rows = r.levels.slice();
    rows.push({ level: 'na', count: r.na.count, names: r.na.names });
    if (content.dont_know) { rows.push({ level: 'dk', count: r.dont_know.count, names: r.dont_know.names }); }
    rows.forEach(function (b) { most = Math.max(most, b.count); });
    rows.forEach(function (b) {
      if ((b.level === 'na' || b.level === 'dk') && b.count === 0) { return; }
      var isMine = mine && ((b.level === 'na' && mine.na) || (b.level === 'dk' && mine.dont_know) ||
        (!mine.na && !mine.dont_know && mine.level === b.level));
      var row = el('div', 'hrow' + (isMine ? ' mine' : ''));
      row.appendChild(el('span', 'lab', b.level === 'na' ? t('na').slice(0, 3) : b.level === 'dk' ? '?' : String(b.level)));
      var track = el('div', 'track');
      var fill = el('div', 'fill');
      fill.style.width = Math.round(100 * b.count / most) + '%';
      track.appendChild(fill);
      row.appendChild(track);
      row.appendChild(el('span', 'n', String(b.count)));
      if (b.names && b.names.length) { row.appendChild(el('span', 'names', b.names.join(', '))); }
      hist.appendChild(row);
    });
    card.appendChild(hist);
    var stats = el('div', 'stats');
    if (r.has_median) {
      stats.appendChild(el('span', null, t('median', num(r.median))));
      stats.appendChild(el('span', null, t('spread', r.spread)));
    }
    if (r.anonymous) { stats.appendChild(el('span', 'muted', t('anonymous'))); }
    card.appendChild(stats);
    if (r.disagreement) { card.appendChild(el('p', 'flag', '⚠ ' + t('disagree'))); }
    if (r.consensus || r.consensus_na) {
      card.appendChild(el('p', null, t('consensus', r.consensus_na ? t('na') : answerLabel({ level: r.consensus }))));
    }
    card.appendChild(el('p', 'muted', mine ? t('your_vote', answerLabel(mine)) : t('no_vote')));
    card.appendChild(el('p', 'muted small', t('closed')));
    return card;
  }

  function setStatus(text, kind) {
    status = { text: text, kind: kind || '' };
    var st = document.getElementById('status');
    if (st) { st.textContent = text; st.className = 'status' + (kind ? ' ' + kind : ''); }
  }

  function vote(question, v) {
    v.question = question;
    if (v.note === undefined) {
      var mine = state.mine[question];
      v.note = drafts[question] !== undefined ? drafts[question] : (mine && mine.note) || '';
    }
    api('POST', '/api/vote', v).then(function (s) {
      delete drafts[question];
      state = s;
      status = { text: t('saved') + ' ✓', kind: 'ok' };
      render();
    }).catch(function (err) {
      setStatus(t('failed', err.message), 'err');
      if (err.status === 401) { forget(); showJoin(); }
    });
  }

  function move(question) {
    pos = question;
    status = { text: '', kind: '' };
    render();
    window.scrollTo(0, 0);
    api('POST', '/api/move', { question: question }).catch(function () { /* the next event corrects it */ });
  }

  start();
}());

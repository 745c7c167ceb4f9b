/*
 * Hotline Exchange Gateway ops console. Plain JavaScript, no framework, no build step.
 * Every value from the server is put into the page with textContent (never innerHTML), so nothing
 * the gateway stores can run as code here. The backend's Content-Security-Policy forbids inline
 * scripts, inline handlers and eval: everything lives in this file.
 * API contract: /ops/login, /ops/logout, /ops/api/overview, /ops/api/deliveries, /ops/api/reports, /ops/api/watch/*.
 */
(function () {
  'use strict';

  var BASE = '/ops';
  var DEFAULT_REFRESH_SECONDS = 5;

  // ---- pure helpers (also checked by the browser tests through window.HotlineConsole) ------------

  /** The refresh period in milliseconds from a query string such as "?refresh=1.5" (seconds). */
  function refreshMillis(search) {
    var value = null;
    var query = (search || '').replace(/^\?/, '').split('&');
    for (var i = 0; i < query.length; i++) {
      var pair = query[i].split('=');
      if (decodeURIComponent(pair[0]) === 'refresh' && pair.length > 1) {
        value = Number(decodeURIComponent(pair[1]));
      }
    }
    if (value === null || !isFinite(value) || value <= 0) {
      return DEFAULT_REFRESH_SECONDS * 1000;
    }
    return Math.max(250, Math.round(value * 1000));
  }

  /** "45s", "3m 05s", "2h 07m", "4d 03h"; "–" for null. */
  function formatAge(seconds) {
    if (seconds === null || seconds === undefined || seconds === '' || !isFinite(Number(seconds))) {
      return '–';
    }
    var s = Math.max(0, Math.floor(Number(seconds)));
    var pad = function (n) { return n < 10 ? '0' + n : String(n); };
    if (s < 60) { return s + 's'; }
    if (s < 3600) { return Math.floor(s / 60) + 'm ' + pad(s % 60) + 's'; }
    if (s < 86400) { return Math.floor(s / 3600) + 'h ' + pad(Math.floor((s % 3600) / 60)) + 'm'; }
    return Math.floor(s / 86400) + 'd ' + pad(Math.floor((s % 86400) / 3600)) + 'h';
  }

  /** An instant as "2026-11-25 20:18:58 UTC"; "–" for null; the raw text if it is not a date. */
  function formatInstant(value) {
    if (value === null || value === undefined || value === '') {
      return '–';
    }
    var date = new Date(value);
    if (isNaN(date.getTime())) {
      return String(value);
    }
    return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace('Z', ' UTC');
  }

  function text(value) {
    return value === null || value === undefined || value === '' ? '–' : String(value);
  }

  /** Health as text plus a symbol, so it never depends on colour alone. */
  function healthLabel(healthy) {
    return healthy ? { text: '\u2714 Healthy', css: 'health-ok' } : { text: '\u2716 Unhealthy', css: 'health-bad' };
  }

  function levelCss(level) {
    if (level === 'OK') { return 'level-ok'; }
    if (level === 'WARNING') { return 'level-warning'; }
    return 'level-critical';
  }

  function deliveriesQuery(filter, cursor) {
    var parts = [];
    if (filter.status) { parts.push('status=' + encodeURIComponent(filter.status)); }
    if (filter.partner) { parts.push('partner=' + encodeURIComponent(filter.partner)); }
    parts.push('limit=' + encodeURIComponent(String(filter.limit || 50)));
    if (cursor) { parts.push('cursor=' + encodeURIComponent(cursor)); }
    return '?' + parts.join('&');
  }

  /** A problem+json body's most useful sentence, or a fallback. */
  function problemText(problem, fallback) {
    if (problem && typeof problem === 'object') {
      if (problem.detail) { return String(problem.detail); }
      if (problem.title) { return String(problem.title); }
    }
    return fallback;
  }

  // ---- DOM helpers ------------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  /** An element with attributes and children; strings become text nodes (escaped by construction). */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    var attrs = attributes || {};
    Object.keys(attrs).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'class') { node.className = value; } else { node.setAttribute(name, String(value)); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  function cell(testid, value, css) {
    return el('td', { 'data-testid': testid, 'class': css || null }, [text(value)]);
  }

  /** Renders rows from data only when the data changed, so a refresh does not swap elements under the user. */
  function renderRows(tbody, items, build) {
    var key = JSON.stringify(items);
    if (tbody.getAttribute('data-rendered') === 'true' && renderedKeys.get(tbody) === key) { return; }
    renderedKeys.set(tbody, key);
    tbody.setAttribute('data-rendered', 'true');
    replaceRows(tbody, items.map(build));
  }

  var renderedKeys = new WeakMap();

  function replaceRows(tbody, rows) {
    while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
    rows.forEach(function (row) { tbody.appendChild(row); });
  }

  function show(node, message) {
    if (message === undefined || message === null || message === '') {
      node.textContent = '';
      node.hidden = true;
    } else {
      node.textContent = message;
      node.hidden = false;
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  var state = {
    csrfToken: null,
    user: null,
    timer: null,
    refreshing: false,
    filter: { status: '', partner: '', limit: 50 },
    cursors: [null],
    page: 0,
    nextCursor: null,
    partnerOptions: '',
    cancelTarget: null
  };

  function SessionExpired() { this.name = 'SessionExpired'; }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && state.csrfToken) { headers['X-Ops-CSRF'] = state.csrfToken; }
    return fetch(BASE + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parse = type.indexOf('json') >= 0 && response.status !== 204
        ? response.json().catch(function () { return null; }) : Promise.resolve(null);
      return parse.then(function (data) { return { status: response.status, ok: response.ok, data: data }; });
    });
  }

  function api(method, path, body) {
    return request(method, path, body).then(function (result) {
      if (result.status === 401) { throw new SessionExpired(); }
      return result;
    });
  }

  // ---- login / logout ---------------------------------------------------------------------------

  function showLogin(message) {
    stopRefresh();
    state.csrfToken = null;
    state.user = null;
    $('app').hidden = true;
    document.querySelector('[data-testid="session"]').hidden = true;
    $('login').hidden = false;
    show($('login-error'), message);
    $('login-password').value = '';
    $('login-username').focus();
  }

  function showApp() {
    $('login').hidden = true;
    show($('login-error'), null);
    $('app').hidden = false;
    document.querySelector('[data-testid="session-user"]').textContent = state.user;
    document.querySelector('[data-testid="session"]').hidden = false;
    startRefresh();
  }

  function onLogin(event) {
    event.preventDefault();
    var username = $('login-username').value.trim();
    var password = $('login-password').value;
    if (!username || !password) {
      show($('login-error'), 'Enter your user name and password.');
      return;
    }
    var submit = document.querySelector('[data-testid="login-submit"]');
    submit.disabled = true;
    request('POST', '/login', { username: username, password: password }).then(function (result) {
      if (result.ok && result.data && result.data.csrfToken) {
        state.csrfToken = String(result.data.csrfToken);
        state.user = username;
        $('login-password').value = '';
        showApp();
      } else if (result.status === 401) {
        show($('login-error'), 'Wrong user name or password.');
        $('login-password').value = '';
      } else {
        show($('login-error'), 'Sign-in failed: ' + problemText(result.data, 'HTTP ' + result.status));
      }
    }).catch(function () {
      show($('login-error'), 'The gateway cannot be reached.');
    }).then(function () {
      submit.disabled = false;
    });
  }

  function onLogout() {
    request('POST', '/logout', {}).catch(function () { return null; }).then(function () {
      showLogin('Signed out.');
    });
  }

  function onSessionLost(error) {
    if (error instanceof SessionExpired) {
      showLogin('Your session has ended; please sign in again.');
      return true;
    }
    return false;
  }

  // ---- refresh ----------------------------------------------------------------------------------

  function startRefresh() {
    stopRefresh();
    var period = refreshMillis(window.location.search);
    $('refresh-seconds').textContent = String(period / 1000);
    refresh();
    state.timer = window.setInterval(refresh, period);
  }

  function stopRefresh() {
    if (state.timer !== null) {
      window.clearInterval(state.timer);
      state.timer = null;
    }
  }

  function refresh() {
    if (state.refreshing || !state.csrfToken) { return Promise.resolve(); }
    state.refreshing = true;
    return Promise.all([loadOverview(), loadDead(), loadDeliveries(), loadBlocked(), loadWatch()]).then(function () {
      show($('refresh-error'), null);
      var now = new Date();
      var stamp = $('last-refresh');
      stamp.textContent = formatInstant(now.toISOString());
      stamp.setAttribute('datetime', now.toISOString());
    }).catch(function (error) {
      if (!onSessionLost(error)) {
        show($('refresh-error'), 'Refresh failed: ' + (error && error.message ? error.message : error));
      }
    }).then(function () {
      state.refreshing = false;
    });
  }

  function check(result, what) {
    if (!result.ok) {
      throw new Error(what + ': ' + problemText(result.data, 'HTTP ' + result.status));
    }
    return result.data || {};
  }

  function loadOverview() {
    return api('GET', '/api/overview').then(function (result) {
      var overview = check(result, 'overview');
      renderRoutes(overview.routes || []);
      renderPartners(overview.partners || []);
      renderOutbox(overview.outbox || {});
      renderCertificates(overview.certificates || []);
    });
  }

  function renderRoutes(routes) {
    renderRows($('routes-body'), routes, function (route) {
      var started = String(route.status).toLowerCase() === 'started';
      return el('tr', { 'data-testid': 'route-row', 'data-route-id': route.id }, [
        cell('route-id', route.id),
        cell('route-status', route.status, started ? 'status-ok' : 'status-bad')
      ]);
    });
  }

  function renderPartners(partners) {
    renderRows($('partners-body'), partners, function (partner) {
      var health = healthLabel(partner.healthy === true);
      var circuitCss = partner.circuit === 'CLOSED' ? 'status-ok' : 'status-bad';
      return el('tr', {
        'data-testid': 'partner-row',
        'data-partner-id': partner.id,
        'data-healthy': partner.healthy === true ? 'true' : 'false',
        'class': partner.healthy === true ? 'row-ok' : 'row-bad'
      }, [
        el('td', { 'data-testid': 'partner-name' }, [
          el('span', { 'class': 'name' }, [text(partner.name)]), ' ',
          el('span', { 'class': 'id' }, [text(partner.id)])
        ]),
        cell('partner-kind', partner.kind),
        cell('partner-health', health.text, health.css),
        cell('partner-circuit', partner.circuit, circuitCss),
        cell('partner-last-delivered', formatInstant(partner.lastDeliveredAt)),
        cell('partner-failures', partner.consecutiveFailures, Number(partner.consecutiveFailures) > 0 ? 'num warn' : 'num'),
        cell('partner-pending', partner.pending, 'num'),
        cell('partner-dead', partner.dead, Number(partner.dead) > 0 ? 'num status-bad' : 'num'),
        cell('partner-oldest-pending', formatAge(partner.oldestPendingAgeSeconds), 'num'),
        cell('partner-ack-overdue', partner.ackOverdue, Number(partner.ackOverdue) > 0 ? 'num warn' : 'num')
      ]);
    });
    updatePartnerFilter(partners);
  }

  function updatePartnerFilter(partners) {
    var ids = partners.map(function (p) { return String(p.id); });
    var key = ids.join('\n');
    if (key === state.partnerOptions) { return; }
    state.partnerOptions = key;
    var select = $('deliveries-partner');
    var chosen = select.value;
    while (select.options.length > 1) { select.remove(1); }
    ids.forEach(function (id) { select.appendChild(el('option', { value: id }, [id])); });
    select.value = ids.indexOf(chosen) >= 0 ? chosen : '';
  }

  function renderOutbox(outbox) {
    $('outbox-due').textContent = text(outbox.due);
    $('outbox-in-flight').textContent = text(outbox.inFlight);
    $('outbox-dead').textContent = text(outbox.dead);
  }

  function renderCertificates(certificates) {
    renderRows($('certificates-body'), certificates, function (certificate) {
      return el('tr', { 'data-testid': 'certificate-row', 'data-level': certificate.level }, [
        cell('certificate-owner', certificate.owner),
        cell('certificate-subject', certificate.subject),
        cell('certificate-not-after', formatInstant(certificate.notAfter)),
        cell('certificate-days-left', certificate.daysLeft, 'num'),
        cell('certificate-level', certificate.level, levelCss(certificate.level))
      ]);
    });
  }

  // ---- deliveries -------------------------------------------------------------------------------

  function deliveryCells(delivery) {
    return [
      cell('delivery-reference', delivery.reference),
      cell('delivery-partner', delivery.partner),
      cell('delivery-purpose', delivery.purpose),
      cell('delivery-status', delivery.status, 'delivery-' + String(delivery.status).toLowerCase()),
      cell('delivery-attempts', delivery.attempts, 'num'),
      cell('delivery-last-error', lastError(delivery), 'error-text'),
      cell('delivery-last-attempt', formatInstant(delivery.lastAttemptAt))
    ];
  }

  function lastError(delivery) {
    if (!delivery.lastError && !delivery.lastStatusCode) { return null; }
    var code = delivery.lastStatusCode ? 'HTTP ' + delivery.lastStatusCode : '';
    var error = delivery.lastError ? String(delivery.lastError) : '';
    if (code && error.indexOf(code) >= 0) { return error; }
    return [code, error].filter(Boolean).join(' – ');
  }

  function loadDeliveries() {
    var cursor = state.cursors[state.page];
    return api('GET', '/api/deliveries' + deliveriesQuery(state.filter, cursor)).then(function (result) {
      var page = check(result, 'deliveries');
      var items = page.items || [];
      renderRows($('deliveries-body'), items, function (delivery) {
        return el('tr', { 'data-testid': 'delivery-row', 'data-delivery-id': delivery.id,
          'data-reference': delivery.reference, 'data-status': delivery.status },
          deliveryCells(delivery).concat([
            cell('delivery-due', formatInstant(delivery.dueAt)),
            cell('delivery-created', formatInstant(delivery.createdAt))
          ]));
      });
      $('deliveries-empty').hidden = items.length > 0;
      state.nextCursor = page.next || null;
      $('deliveries-next').disabled = !state.nextCursor;
      $('deliveries-prev').disabled = state.page === 0;
      $('deliveries-page').textContent = String(state.page + 1);
    });
  }

  function loadDead() {
    return api('GET', '/api/deliveries' + deliveriesQuery({ status: 'DEAD', limit: 200 }, null)).then(function (result) {
      var items = check(result, 'dead deliveries').items || [];
      renderRows($('dead-body'), items, function (delivery) {
        var retry = el('button', { type: 'button', 'data-testid': 'retry-button', 'data-delivery-id': delivery.id,
          'class': 'retry' }, ['Retry now']);
        var cancel = el('button', { type: 'button', 'data-testid': 'cancel-button', 'data-delivery-id': delivery.id,
          'class': 'danger' }, ['Cancel\u2026']);
        retry.addEventListener('click', function () { onRetry(delivery, retry); });
        cancel.addEventListener('click', function () { openCancel(delivery); });
        return el('tr', { 'data-testid': 'dead-row', 'data-delivery-id': delivery.id,
          'data-reference': delivery.reference, 'data-partner': delivery.partner }, [
          cell('dead-reference', delivery.reference),
          cell('dead-partner', delivery.partner),
          cell('dead-purpose', delivery.purpose),
          cell('dead-attempts', delivery.attempts, 'num'),
          cell('dead-last-error', lastError(delivery), 'error-text'),
          cell('dead-last-attempt', formatInstant(delivery.lastAttemptAt)),
          el('td', { 'class': 'actions' }, [retry, ' ', cancel])
        ]);
      });
      $('dead-empty').hidden = items.length > 0;
    });
  }

  function onFilter(event) {
    event.preventDefault();
    state.filter = {
      status: $('deliveries-status').value,
      partner: $('deliveries-partner').value,
      limit: Number($('deliveries-limit').value) || 50
    };
    state.cursors = [null];
    state.page = 0;
    loadDeliveries().catch(reportActionError);
  }

  function onNext() {
    if (!state.nextCursor) { return; }
    state.cursors = state.cursors.slice(0, state.page + 1).concat([state.nextCursor]);
    state.page += 1;
    loadDeliveries().catch(reportActionError);
  }

  function onPrevious() {
    if (state.page === 0) { return; }
    state.page -= 1;
    loadDeliveries().catch(reportActionError);
  }

  // ---- actions ----------------------------------------------------------------------------------

  function notify(message) {
    show($('action-message'), message);
  }

  function reportActionError(error) {
    if (!onSessionLost(error)) {
      show($('refresh-error'), error && error.message ? error.message : String(error));
    }
  }

  // ---- blocked certificates ------------------------------------------------------------------------

  /** "PT48H" as "48 h", "PT168H" as "7 d" (the watch's settings as the API gives them). */
  function formatHours(duration) {
    var match = /^PT(\d+)H$/.exec(String(duration || ''));
    if (!match) { return text(duration); }
    var hours = Number(match[1]);
    return hours % 24 === 0 ? hours / 24 + ' d' : hours + ' h';
  }

  function loadWatch() {
    return Promise.all([api('GET', '/api/watch/silent-partners'), api('GET', '/api/watch/stalled-reports?limit=50'),
      api('GET', '/api/watch/moved-too-often?limit=50')])
      .then(function (results) {
        var silent = check(results[0], 'silent partners');
        var stalled = check(results[1], 'stalled reports');
        renderMoved(check(results[2], 'items moved too often'));
        $('watch-silent-after').textContent = formatHours(silent.silentAfter);
        $('watch-stalled-after').textContent = formatHours(stalled.stalledAfter);
        var quiet = silent.items || [];
        renderRows($('silent-body'), quiet, function (partner) {
          return el('tr', { 'data-testid': 'silent-row', 'data-partner-id': partner.partner, 'class': 'row-bad' }, [
            el('td', { 'data-testid': 'silent-partner' }, [
              el('span', { 'class': 'name' }, [text(partner.name)]), ' ',
              el('span', { 'class': 'id' }, [text(partner.partner)])
            ]),
            cell('silent-kind', partner.kind),
            cell('silent-waiting', partner.waiting, 'num warn'),
            cell('silent-oldest', formatInstant(partner.oldestWaitingSince)),
            cell('silent-last-heard', partner.lastHeardAt ? formatInstant(partner.lastHeardAt) : 'never'),
            cell('silent-since', formatInstant(partner.silentSince))
          ]);
        });
        $('silent-empty').hidden = quiet.length > 0;
        var stuck = stalled.items || [];
        $('stalled-total').textContent = text(stalled.total);
        renderRows($('stalled-body'), stuck, function (report) {
          return el('tr', { 'data-testid': 'stalled-row', 'data-reference': report.reference }, [
            cell('stalled-reference', report.reference, 'mono'),
            cell('stalled-partner', report.partner),
            cell('stalled-acknowledged', formatInstant(report.acknowledgedAt)),
            cell('stalled-furthest', report.furthestFeedback || 'acknowledgement only'),
            cell('stalled-since', formatInstant(report.stalledSince))
          ]);
        });
        $('stalled-empty').hidden = stuck.length > 0;
      });
  }

  function renderMoved(moved) {
    var items = moved.items || [];
    $('moved-total').textContent = text(moved.total);
    renderRows($('moved-body'), items, function (item) {
      return el('tr', { 'data-testid': 'moved-row', 'data-reference': item.reference, 'class': 'row-bad' }, [
        cell('moved-reference', item.reference, 'mono'),
        cell('moved-item', item.position, 'num'),
        cell('moved-moves', item.moves, 'num warn'),
        cell('moved-by', item.lastMovedBy),
        cell('moved-from', item.fromCountry),
        cell('moved-country', item.hostingCountry),
        cell('moved-at', formatInstant(item.movedAt))
      ]);
    });
    $('moved-empty').hidden = items.length > 0;
  }

  function loadBlocked() {
    return api('GET', '/api/certificates/blocked').then(function (result) {
      var items = check(result, 'blocked certificates').items || [];
      renderRows($('blocked-body'), items, function (block) {
        var unblock = el('button', { type: 'button', 'data-testid': 'unblock-button', 'data-sha256': block.sha256 },
          ['Unblock\u2026']);
        unblock.addEventListener('click', function () { onUnblock(block, unblock); });
        return el('tr', { 'data-testid': 'blocked-row', 'data-sha256': block.sha256 }, [
          cell('blocked-sha256', block.sha256, 'mono'),
          cell('blocked-at', formatInstant(block.blockedAt)),
          cell('blocked-by', block.blockedBy),
          cell('blocked-reason', block.reason),
          el('td', { 'class': 'actions' }, [unblock])
        ]);
      });
      $('blocked-empty').hidden = items.length > 0;
    });
  }

  function onBlock(event) {
    event.preventDefault();
    show($('block-error'), null);
    var body = { sha256: $('block-sha256').value.trim(), reason: $('block-reason').value.trim() };
    api('POST', '/api/certificates/block', body).then(function (result) {
      if (!result.ok) {
        show($('block-error'), 'Block refused: ' + problemText(result.data, 'HTTP ' + result.status));
        return null;
      }
      notify('Certificate ' + result.data.sha256 + ' is blocked; its open connections are closed.');
      $('block-form').reset();
      return refresh();
    }).catch(reportActionError);
  }

  /** The reason is asked for in the block form's reason field, so one form serves both actions. */
  function onUnblock(block, button) {
    var reason = $('block-reason').value.trim();
    if (!reason) {
      show($('block-error'), 'Give a reason in the Reason field, then click Unblock again.');
      $('block-reason').focus();
      return;
    }
    button.disabled = true;
    api('POST', '/api/certificates/blocked/' + encodeURIComponent(block.sha256) + '/unblock', { reason: reason })
      .then(function (result) {
        if (result.ok) {
          notify('Certificate ' + block.sha256 + ' is no longer blocked.');
          $('block-form').reset();
        } else {
          show($('block-error'), 'Unblock refused: ' + problemText(result.data, 'HTTP ' + result.status));
        }
        return refresh();
      }).catch(reportActionError).then(function () { button.disabled = false; });
  }

  function onRetry(delivery, button) {
    button.disabled = true;
    api('POST', '/api/deliveries/' + encodeURIComponent(delivery.id) + '/retry', {}).then(function (result) {
      if (result.ok) {
        notify('Delivery of ' + delivery.reference + ' to ' + delivery.partner + ' is due again (PENDING).');
      } else {
        notify('Retry refused: ' + problemText(result.data, 'HTTP ' + result.status));
      }
      return refresh();
    }).catch(reportActionError).then(function () { button.disabled = false; });
  }

  function openCancel(delivery) {
    state.cancelTarget = delivery;
    $('cancel-target').textContent = delivery.reference + ' to ' + delivery.partner;
    $('cancel-reason').value = '';
    show($('cancel-error'), null);
    var dialog = $('cancel-dialog');
    if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
    $('cancel-reason').focus();
  }

  function closeCancel() {
    state.cancelTarget = null;
    var dialog = $('cancel-dialog');
    if (typeof dialog.close === 'function') { dialog.close(); } else { dialog.removeAttribute('open'); }
  }

  function onCancelConfirm(event) {
    event.preventDefault();
    var delivery = state.cancelTarget;
    if (!delivery) { closeCancel(); return; }
    var reason = $('cancel-reason').value.trim();
    if (!reason) {
      show($('cancel-error'), 'A reason is required to cancel a delivery.');
      $('cancel-reason').focus();
      return;
    }
    var confirm = $('cancel-confirm');
    confirm.disabled = true;
    api('POST', '/api/deliveries/' + encodeURIComponent(delivery.id) + '/cancel', { reason: reason })
      .then(function (result) {
        if (result.ok) {
          closeCancel();
          notify('Delivery of ' + delivery.reference + ' to ' + delivery.partner + ' is cancelled.');
          return refresh();
        }
        show($('cancel-error'), 'Cancel refused: ' + problemText(result.data, 'HTTP ' + result.status));
        return null;
      })
      .catch(function (error) { closeCancel(); reportActionError(error); })
      .then(function () { confirm.disabled = false; });
  }

  // ---- report search ----------------------------------------------------------------------------

  function onReportSearch(event) {
    event.preventDefault();
    var kind = $('report-search-kind').value === 'partnerReference' ? 'partnerReference' : 'reference';
    var value = $('report-search-input').value.trim();
    var results = $('report-results');
    show($('report-search-error'), null);
    $('report-search-empty').hidden = true;
    if (!value) {
      show($('report-search-error'), 'Enter a reference to search for.');
      return;
    }
    api('GET', '/api/reports?' + kind + '=' + encodeURIComponent(value)).then(function (result) {
      var items = check(result, 'report search').items || [];
      replaceRows(results, items.map(renderReport));
      $('report-search-empty').hidden = items.length > 0;
    }).catch(function (error) {
      if (!onSessionLost(error)) {
        replaceRows(results, []);
        show($('report-search-error'), error && error.message ? error.message : String(error));
      }
    });
  }

  function renderReport(report) {
    var deliveries = (report.deliveries || []).map(function (delivery) {
      return el('tr', { 'data-testid': 'report-delivery', 'data-delivery-id': delivery.id,
        'data-partner': delivery.partner, 'data-status': delivery.status }, deliveryCells(delivery));
    });
    var events = (report.events || []).map(function (event) {
      return el('tr', { 'data-testid': 'report-event', 'data-type': event.type }, [
        cell('event-at', formatInstant(event.at)),
        cell('event-type', event.type),
        cell('event-actor', event.actor),
        cell('event-detail', event.detail)
      ]);
    });
    return el('article', { 'class': 'report', 'data-testid': 'report-result', 'data-reference': report.reference }, [
      el('h3', {}, [el('span', { 'data-testid': 'report-reference' }, [text(report.reference)])]),
      el('dl', { 'class': 'figures' }, [
        el('dt', {}, ['From partner']), el('dd', { 'data-testid': 'report-partner' }, [text(report.partner)]),
        el('dt', {}, ['Partner reference']),
        el('dd', { 'data-testid': 'report-partner-reference' }, [text(report.partnerReference)]),
        el('dt', {}, ['Status']), el('dd', { 'data-testid': 'report-status' }, [text(report.status)]),
        el('dt', {}, ['Received']), el('dd', { 'data-testid': 'report-received' }, [formatInstant(report.receivedAt)])
      ]),
      el('h4', {}, ['Deliveries']),
      el('table', { 'data-testid': 'report-deliveries' }, [
        el('thead', {}, [el('tr', {}, ['Reference', 'Partner', 'Purpose', 'Status', 'Attempts', 'Last error',
          'Last attempt'].map(function (h) { return el('th', { scope: 'col' }, [h]); }))]),
        el('tbody', {}, deliveries)
      ]),
      el('h4', {}, ['History']),
      el('table', { 'data-testid': 'report-events' }, [
        el('thead', {}, [el('tr', {}, ['At', 'Event', 'Actor', 'Detail']
          .map(function (h) { return el('th', { scope: 'col' }, [h]); }))]),
        el('tbody', {}, events)
      ])
    ]);
  }

  // ---- wiring -----------------------------------------------------------------------------------

  function start() {
    $('login-form').addEventListener('submit', onLogin);
    $('logout-button').addEventListener('click', onLogout);
    $('refresh-now').addEventListener('click', function () { refresh(); });
    $('deliveries-filter').addEventListener('submit', onFilter);
    $('deliveries-next').addEventListener('click', onNext);
    $('deliveries-prev').addEventListener('click', onPrevious);
    $('report-search').addEventListener('submit', onReportSearch);
    $('block-form').addEventListener('submit', onBlock);
    $('cancel-form').addEventListener('submit', onCancelConfirm);
    $('cancel-abort').addEventListener('click', closeCancel);
    $('cancel-dialog').addEventListener('cancel', function () { state.cancelTarget = null; });
    $('login-username').focus();
    document.documentElement.setAttribute('data-console-ready', 'true');
  }

  window.HotlineConsole = Object.freeze({
    refreshMillis: refreshMillis,
    formatAge: formatAge,
    formatInstant: formatInstant,
    healthLabel: healthLabel,
    deliveriesQuery: deliveriesQuery,
    problemText: problemText,
    lastError: lastError
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

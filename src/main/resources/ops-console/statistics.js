/*
 * Hotline Exchange Gateway ops console, Statistics page. Plain JavaScript and uPlot (served from the classpath),
 * no build step. Values reach the page by textContent and canvas only; the CSP forbids inline scripts and eval.
 * API contract: GET /ops/api/stats/yearly?year=YYYY (the session cookie of the console's sign-in).
 */
(function () {
  'use strict';

  var BASE = '/ops';
  var BAR = '#1f4f99';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var HOSTING = [['home', 'At home'], ['memberHotline', 'Member hotline abroad'], ['orphan', 'Orphan (no hotline)']];
  var OUTCOMES = [['removed', 'Removed'], ['caseOpened', 'Case opened'], ['referredToProsecutor', 'To prosecutor'],
    ['takedownOrdered', 'Takedown ordered'], ['noFurtherAction', 'No further action'], ['forwardedToInterpol', 'Interpol'],
    ['unavailable', 'Unavailable'], ['notIllegalInHostingCountry', 'Not illegal there'], ['moved', 'Moved']];
  var charts = [];

  function $(id) { return document.getElementById(id); }

  function show(node, message) {
    node.textContent = message || '';
    node.hidden = !message;
  }

  /** The year in the page's address (?year=2025), else this year. */
  function yearFromAddress(search) {
    var match = /[?&]year=(\d{4})(?:&|$)/.exec(search || '');
    return match ? Number(match[1]) : new Date().getFullYear();
  }

  /** Removed reports split into bands: within a day, 1 to 3 days, 3 to 7 days, later. */
  function removalBands(outcomes) {
    return [outcomes.removedWithin1Day, outcomes.removedWithin3Days - outcomes.removedWithin1Day,
      outcomes.removedWithin7Days - outcomes.removedWithin3Days, outcomes.removed - outcomes.removedWithin7Days];
  }

  /** A bar chart over categories (x = 1..n, labelled), whole numbers on the y axis. */
  function barChart(container, title, labels, values) {
    var x = labels.map(function (label, i) { return i + 1; });
    var width = Math.max(320, container.clientWidth || 600);
    var options = {
      title: title,
      width: width,
      height: 260,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [0.5, labels.length + 0.5] },
        y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } }
      },
      axes: [
        { splits: function () { return x; }, values: function (u, splits) {
          return splits.map(function (v) { return labels[v - 1] || ''; });
        }, rotate: labels.length > 6 ? -30 : 0, size: labels.length > 6 ? 70 : 40, gap: 4 },
        { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000] }
      ],
      series: [{}, { label: title, fill: BAR, stroke: BAR, width: 0, points: { show: false },
        paths: window.uPlot.paths.bars({ size: [0.7, 80] }) }]
    };
    return new window.uPlot(options, [x, values], container);
  }

  /** A figure's count for the year (0 when the key has none). */
  function total(figures, section, key) {
    var figure = figures[section] && figures[section][key];
    return figure ? figure.total : 0;
  }

  function render(answer) {
    charts.forEach(function (chart) { chart.destroy(); });
    var figures = answer.figures;
    var count = function (section, key) { return total(figures, section, key); };
    var outcomes = {};
    Object.keys(figures.outcomes).forEach(function (key) { outcomes[key] = count('outcomes', key); });
    charts = [
      barChart($('chart-months'), 'Reports received', MONTHS, figures.reports.received.byMonth),
      barChart($('chart-hosting'), 'Content URLs', HOSTING.map(function (h) { return h[1]; }),
        HOSTING.map(function (h) { return count('hosting', h[0]); })),
      barChart($('chart-outcomes'), 'Reports', OUTCOMES.map(function (o) { return o[1]; }),
        OUTCOMES.map(function (o) { return count('outcomes', o[0]); })),
      barChart($('chart-removal'), 'Reports removed', ['≤ 1 day', '1–3 days', '3–7 days', '> 7 days'], removalBands(outcomes))
    ];
    $('stats-zone').textContent = answer.timeZone;
    $('stats-reports').textContent = String(count('reports', 'received'));
    $('stats-urls').textContent = count('contentUrls', 'received') + ' (' + count('contentUrls', 'unique') + ' unique, '
      + count('contentUrls', 'duplicates') + ' duplicates)';
    $('stats-qualified').textContent = String(count('qualified', 'BASELINE') + count('qualified', 'NATIONAL'));
    $('stats-removed').textContent = outcomes.removed + ' (' + outcomes.removedWithin3Days + ')';
    renderTable(figures);
  }

  function renderTable(figures) {
    var body = $('stats-body');
    while (body.firstChild) { body.removeChild(body.firstChild); }
    Object.keys(figures).forEach(function (section) {
      Object.keys(figures[section]).forEach(function (key) {
        var row = document.createElement('tr');
        row.setAttribute('data-testid', 'stats-row');
        row.setAttribute('data-figure', section + '.' + key);
        [section, key, String(figures[section][key].total)].forEach(function (value) {
          var cell = document.createElement('td');
          cell.textContent = value;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
    });
  }

  function load(year) {
    show($('stats-error'), null);
    $('stats-signin').hidden = true;
    document.documentElement.removeAttribute('data-stats-loaded');
    return fetch(BASE + '/api/stats/yearly?year=' + encodeURIComponent(year), {
      headers: { 'Accept': 'application/json, application/problem+json' },
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.status === 401) {
          $('stats-signin').hidden = false;
        } else if (!response.ok) {
          show($('stats-error'), (data && (data.detail || data.title)) || 'HTTP ' + response.status);
        } else {
          render(data);
          $('stats-csv').href = 'api/stats/yearly?format=csv&year=' + encodeURIComponent(data.year);
          document.documentElement.setAttribute('data-stats-loaded', String(data.year));
        }
      });
    }).catch(function () {
      show($('stats-error'), 'The gateway cannot be reached.');
    });
  }

  function start() {
    var year = yearFromAddress(window.location.search);
    $('stats-year').value = String(year);
    $('stats-year').max = String(new Date().getFullYear());
    $('stats-form').addEventListener('submit', function (event) {
      event.preventDefault();
      load($('stats-year').value);
    });
    document.documentElement.setAttribute('data-console-ready', 'true');
    load(year);
  }

  window.HotlineStatistics = Object.freeze({ yearFromAddress: yearFromAddress, removalBands: removalBands });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

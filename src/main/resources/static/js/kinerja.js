// Kinerja's only script: sends the CSRF token with every htmx request, and draws the ECharts charts
// whose data a page puts in <script type="application/json" data-chart-for="ID"> (no inline code,
// so the content security policy can forbid inline scripts).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// An option may carry "kinerjaNumbers": "id-ID" (or "en-GB"): tooltip values and shown labels are then written
// in that locale with 2 decimals (108,38), since a formatter function cannot travel in JSON.
function kinerjaLocalise(option) {
  var locale = option.kinerjaNumbers;
  if (!locale) {
    return option;
  }
  delete option.kinerjaNumbers;
  var format = function (v) {
    if (Array.isArray(v)) {
      v = v[v.length - 1];
    }
    if (v === null || v === undefined || v === '-' || isNaN(v)) {
      return '\u2013';
    }
    return Number(v).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  };
  option.tooltip = option.tooltip || {};
  option.tooltip.valueFormatter = format;
  // numeric axes in the same locale (1.800 rather than 1,800), without forced decimals
  // (ECharts' default type is 'category' for x and 'value' for y)
  var localiseAxis = function (defaultType) {
    return function (axis) {
      if (axis && (axis.type || defaultType) === 'value' && !(axis.axisLabel && axis.axisLabel.formatter)) {
        axis.axisLabel = axis.axisLabel || {};
        axis.axisLabel.formatter = function (v) { return Number(v).toLocaleString(locale); };
      }
    };
  };
  [].concat(option.xAxis || []).forEach(localiseAxis('category'));
  [].concat(option.yAxis || []).forEach(localiseAxis('value'));
  (option.series || []).forEach(function (s) {
    if (s.label && s.label.show) {
      s.label.formatter = function (p) { return format(p.value); };
    }
  });
  return option;
}

function kinerjaDrawCharts(root) {
  if (typeof echarts === 'undefined') {
    return;
  }
  (root || document).querySelectorAll('script[type="application/json"][data-chart-for]').forEach(function (data) {
    var el = document.getElementById(data.getAttribute('data-chart-for'));
    if (!el) {
      return;
    }
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(kinerjaLocalise(JSON.parse(data.textContent)), true);
    window.addEventListener('resize', function () { chart.resize(); });
  });
}

document.addEventListener('DOMContentLoaded', function () { kinerjaDrawCharts(document); });
document.addEventListener('htmx:afterSwap', function (event) { kinerjaDrawCharts(event.detail.target); });

// Workflow: a file input with data-max-bytes refuses a file over the limit before it is sent (the server
// checks again), with the message in data-too-large.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input || input.type !== 'file' || !input.hasAttribute('data-max-bytes')) {
    return;
  }
  var max = parseInt(input.getAttribute('data-max-bytes'), 10);
  var tooLarge = Array.prototype.some.call(input.files || [], function (f) { return f.size > max; });
  input.setCustomValidity(tooLarge ? (input.getAttribute('data-too-large') || 'Too large') : '');
  if (tooLarge) {
    input.reportValidity();
  }
});

// A document that takes seconds to build (the LAKIN): a link with data-download-busy fetches it, says meanwhile
// that it is being prepared (and how long it took when it is done), and then hands the file to the browser.
// Without JavaScript the link is a plain download.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-download-busy]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || typeof fetch !== 'function') {
    return;
  }
  event.preventDefault();
  if (link.getAttribute('aria-busy') === 'true') {
    return;
  }
  var status = document.getElementById(link.getAttribute('data-download-status'));
  var started = Date.now();
  var say = function (text, kind) {
    if (status) {
      status.textContent = text;
      status.className = 'download-status ' + (kind || '');
      status.hidden = false;
    }
  };
  link.setAttribute('aria-busy', 'true');
  link.classList.add('busy');
  say(link.getAttribute('data-download-busy'), 'busy');
  var tick = setInterval(function () {
    say(link.getAttribute('data-download-busy') + ' ' + Math.round((Date.now() - started) / 1000) + ' s', 'busy');
  }, 1000);
  var done = function () {
    clearInterval(tick);
    link.removeAttribute('aria-busy');
    link.classList.remove('busy');
  };
  fetch(link.href, { credentials: 'same-origin' }).then(function (res) {
    if (!res.ok) {
      throw new Error(String(res.status));
    }
    var disposition = res.headers.get('Content-Disposition') || '';
    var name = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    var plain = /filename="?([^";]+)"?/i.exec(disposition);
    return res.blob().then(function (blob) {
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = name ? decodeURIComponent(name[1]) : (plain ? plain[1] : '');
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      done();
      say((link.getAttribute('data-download-done') || '').replace('{1}',
        ((Date.now() - started) / 1000).toLocaleString(document.documentElement.lang || 'id', { maximumFractionDigits: 1 })), 'ok');
    });
  }).catch(function () {
    done();
    say(link.getAttribute('data-download-failed'), 'error');
  });
});

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
    chart.setOption(JSON.parse(data.textContent), true);
    window.addEventListener('resize', function () { chart.resize(); });
  });
}

document.addEventListener('DOMContentLoaded', function () { kinerjaDrawCharts(document); });
document.addEventListener('htmx:afterSwap', function (event) { kinerjaDrawCharts(event.detail.target); });

// Key-figure charts, drawn from data-* attributes (the CSP forbids inline scripts). Every chart has
// the same numbers as text or a table beside it, so the page reads without them.
(function () {
  function numbers(text) {
    return (text || '').split(',').map(function (v) { return v === '' ? null : Number(v); });
  }

  function sparkline(canvas) {
    var values = numbers(canvas.dataset.values);
    if (!values.some(function (v) { return v !== null; })) {
      return;
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: canvas.dataset.labels.split(','), datasets: [{ data: values, borderColor: '#0b5c6b', borderWidth: 2, pointRadius: 0, spanGaps: false }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: { x: { display: false }, y: { display: false } }
      }
    });
  }

  function bars(canvas) {
    new Chart(canvas, {
      type: 'bar',
      data: { labels: canvas.dataset.labels.split('|'), datasets: [{ label: canvas.dataset.title, data: numbers(canvas.dataset.values), backgroundColor: '#0b5c6b' }] },
      options: { responsive: true, animation: false, plugins: { legend: { display: true } } }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.kf-sparkline').forEach(sparkline);
    document.querySelectorAll('canvas.kf-bars').forEach(bars);
  });
})();

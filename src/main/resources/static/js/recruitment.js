// The recruitment funnel chart. CSP forbids inline scripts, so the numbers and labels come from the
// canvas's data-* attributes; the table next to the chart carries the same numbers for everyone.
(function () {
  'use strict';

  function numbers(value) {
    return (value || '').split(',').filter(function (v) { return v !== ''; }).map(Number);
  }

  function drawFunnel(canvas) {
    if (typeof Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: (canvas.dataset.labels || '').split('|'),
        datasets: [
          { label: canvas.dataset.reachedLabel, data: numbers(canvas.dataset.reached),
            backgroundColor: '#0b5c6b', borderColor: '#0b5c6b', borderWidth: 1 },
          { label: canvas.dataset.withdrawnLabel, data: numbers(canvas.dataset.withdrawn),
            backgroundColor: '#f59e0b', borderColor: '#92400e', borderWidth: 2 }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-reached]').forEach(drawFunnel);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();

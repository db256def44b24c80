// Draws the dashboard's license mismatch chart from the JSON named by the canvas's data-source attribute.
// A file of its own: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var canvas = document.getElementById('mismatch-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  fetch(canvas.getAttribute('data-source'), { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) {
        return;
      }
      var datasets = [{ label: 'Open findings', data: data.openFindings, yAxisID: 'count', borderColor: '#c62828', tension: 0.2 }];
      var colors = ['#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00'];
      Object.keys(data.moneyAtStake).forEach(function (currency, i) {
        datasets.push({ label: 'Money at stake (' + currency + ')', data: data.moneyAtStake[currency], yAxisID: 'money',
          borderColor: colors[i % colors.length], borderDash: [4, 3], tension: 0.2 });
      });
      // one night is a single dot on a line chart: draw bars until there are two nights, and say so
      var fewNights = data.labels.length < 2;
      datasets.forEach(function (d) { d.pointRadius = fewNights ? 6 : 2; });
      var note = document.getElementById('mismatch-chart-note');
      if (note) {
        note.textContent = data.labels.length === 0 ? 'No reconciliation has run yet: the chart starts with the first night.'
          : fewNights ? 'One night so far (' + data.labels[0] + '): the chart draws its lines from the second night.' : '';
      }
      new Chart(canvas, {
        type: fewNights ? 'bar' : 'line',
        data: { labels: data.labels, datasets: datasets },
        options: {
          animation: false,
          scales: {
            count: { type: 'linear', position: 'left', beginAtZero: true, title: { display: true, text: 'findings' } },
            money: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
          }
        }
      });
    });
}());

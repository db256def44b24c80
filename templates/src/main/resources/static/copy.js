// Copy buttons: <button data-copy="input-id"> copies that input's value. Served from our jar (no inline script).
document.querySelectorAll('[data-copy]').forEach(function (button) {
  button.addEventListener('click', function () {
    var field = document.getElementById(button.getAttribute('data-copy'));
    field.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value);
    } else {
      document.execCommand('copy');
    }
    button.textContent = 'Copied';
  });
});

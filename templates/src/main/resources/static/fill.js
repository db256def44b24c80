// Fill buttons: <button data-fill="input-id" data-value="text" hidden> puts that text in the input. They are hidden
// until this script shows them, so without JavaScript nobody sees a button that does nothing. Served from our jar
// (no inline script).
document.querySelectorAll('[data-fill]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    var field = document.getElementById(button.getAttribute('data-fill'));
    field.value = button.getAttribute('data-value');
    field.focus();
  });
});

// Conversations pages: copy a one-time survey link (shown once) to the clipboard.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.copy-link');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.dataset.copy);
  if (!field) {
    return;
  }
  field.select();
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value);
  }
});

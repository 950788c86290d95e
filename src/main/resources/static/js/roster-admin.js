// The roster admin pages answer a bad value with 422 and a fragment saying what to correct. htmx does not swap
// error answers by default, so forms marked data-swap-unprocessable swap a 422 like a success.
document.addEventListener('htmx:beforeSwap', function (event) {
  var source = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (event.detail.xhr.status === 422 && source && source.closest('[data-swap-unprocessable]')) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

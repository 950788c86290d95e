// Import page: sends the file with XMLHttpRequest to show upload progress, then lets htmx poll the
// server for the import's own progress (the status box the server answers with carries hx-get).
(function () {
  var form = document.getElementById('import-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var fileInput = document.getElementById('file');
  var upload = document.getElementById('upload');
  var bar = document.getElementById('upload-progress');
  var message = document.getElementById('upload-message');
  var status = document.getElementById('import-status');
  var button = form.querySelector('button[type=submit]');

  function show(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  function setProgress(percent) {
    bar.value = percent;
    bar.textContent = percent + ' %';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show('');
    if (!fileInput.files.length) {
      show(form.dataset.noFile);
      fileInput.focus();
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        setProgress(Math.round(e.loaded * 100 / e.total));
      }
    });
    xhr.addEventListener('load', function () {
      button.disabled = false;
      if (xhr.status === 200) {
        setProgress(100);
        status.innerHTML = xhr.responseText;
        if (window.htmx) {
          window.htmx.process(status);
        }
      } else if (xhr.status === 413) {
        show(form.dataset.tooLarge);
      } else {
        show(form.dataset.failed);
      }
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      show(form.dataset.failed);
    });
    setProgress(0);
    upload.hidden = false;
    button.disabled = true;
    xhr.send(new FormData(form));
  });
})();

// The article editor: says goodbye to the presence list when the page closes, and warns before leaving with
// unsaved changes. Served as a file: the Content-Security-Policy allows no inline script.
(function () {
  var presence = document.getElementById('presence');
  window.addEventListener('pagehide', function () {
    var current = document.getElementById('presence') || presence;
    if (!current || !navigator.sendBeacon) { return; }
    navigator.sendBeacon(current.dataset.leave, new FormData(current));
  });

  var form = document.querySelector('form.article-form');
  if (!form) { return; }
  var body = form.querySelector('textarea[name=body]');
  var count = form.querySelector('.word-count');
  function countWords() {
    var words = body.value.replace(/[#*_>`!\[\]()-]/g, ' ').trim().split(/\s+/).filter(Boolean).length;
    count.textContent = words + (words === 1 ? ' word' : ' words');
  }
  if (body && count) { body.addEventListener('input', countWords); countWords(); }

  var changed = false;
  form.addEventListener('input', function () { changed = true; });
  form.addEventListener('submit', function () { changed = false; });
  window.addEventListener('beforeunload', function (event) {
    if (changed) { event.preventDefault(); event.returnValue = ''; }
  });
})();

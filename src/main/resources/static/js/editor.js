// The article editor: says goodbye to the presence list when the page closes, counts words, inserts photos from
// the library search and warns before leaving with unsaved changes. The formatting toolbar is
// markdown-toolbar-element (its own file). Served as a file: the Content-Security-Policy allows no inline script.
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

  // The photo search's results (swapped in by htmx) insert a photo's Markdown as a paragraph of its own after the
  // line the cursor is on: never in place of selected text, nor inside a word or a **bold** span. The input event
  // tells the live preview, the word count and the unsaved-changes warning, as typing does.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.insert-photo');
    if (!button || !body) { return; }
    var lineEnd = body.value.indexOf('\n', body.selectionEnd);
    var start = lineEnd === -1 ? body.value.length : lineEnd, end = start;
    var before = body.value.slice(0, start), after = body.value.slice(end);
    var text = (before === '' || /\n\n$/.test(before) ? '' : before.endsWith('\n') ? '\n' : '\n\n')
        + button.dataset.markdown + (after === '' || /^\n\n/.test(after) ? '' : after.startsWith('\n') ? '\n' : '\n\n');
    body.setRangeText(text, start, end, 'end');
    body.dispatchEvent(new Event('input', { bubbles: true }));
    body.focus();
  });

  var changed = false;
  form.addEventListener('input', function () { changed = true; });
  form.addEventListener('submit', function () { changed = false; });
  window.addEventListener('beforeunload', function (event) {
    if (changed) { event.preventDefault(); event.returnValue = ''; }
  });
})();

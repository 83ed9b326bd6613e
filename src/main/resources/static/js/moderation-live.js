// Live moderation queues (comment.moderation.LiveQueues): an open queue page follows the moderation stream. A
// comment held for review is added to the pending queue (its entry fetched with this moderator's own session and
// forms); a comment another moderator decided, or its author deleted, leaves every queue it no longer belongs in.
// Without JavaScript, a reload shows the same.
(function () {
  'use strict';
  var queue = document.getElementById('moderation-queue');
  if (!queue || !window.EventSource) return;
  var name = queue.getAttribute('data-queue');
  var source = new EventSource(queue.getAttribute('data-live-stream'));
  // where a comment of each status still belongs
  var belongs = { pending: 'HELD', rejected: 'REJECTED', approved: 'PUBLISHED', reported: 'PUBLISHED' };

  source.addEventListener('held', function (event) {
    var data = JSON.parse(event.data);
    if (name !== 'pending' || document.getElementById('entry-' + data.id)) return;
    if (queue.hasAttribute('data-more')) return; // oldest first: it belongs at the end of a later page
    fetch('/admin/moderation/comments/' + data.id + '/entry?back=pending', { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html || document.getElementById('entry-' + data.id)) return;
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var entry = template.content.firstElementChild;
        var pages = queue.querySelector('.pages');
        if (pages) {
          pages.before(entry);
        } else {
          queue.append(entry);
        }
        var empty = document.getElementById('queue-empty');
        if (empty) empty.remove();
      });
  });

  source.addEventListener('decided', function (event) {
    var data = JSON.parse(event.data);
    var entry = document.getElementById('entry-' + data.id);
    if (entry && belongs[name] !== data.status) entry.remove();
  });
})();

// Live updates for a reader's page (live feature): one EventSource per page. On an article page it follows the
// article's stream (its live blog's entries, its comments, and the breaking-news banner); elsewhere the site's
// stream (the banner). The page without JavaScript is whole on reload. Entries arrive as HTML the server rendered
// and sanitized, the same as the page's own; the banner's text is set as text.
(function () {
  'use strict';
  var banner = document.getElementById('breaking-banner');
  var bannerTimer = null;

  function hideBannerAt(expires) {
    if (bannerTimer) clearTimeout(bannerTimer);
    if (!banner || !expires) return;
    var left = Date.parse(expires) - Date.now();
    bannerTimer = setTimeout(function () { banner.hidden = true; }, Math.max(0, left));
  }
  if (banner && !banner.hidden) hideBannerAt(banner.getAttribute('data-expires'));

  if (!window.EventSource) {
    return;
  }
  var story = document.querySelector('[data-live-stream]');
  var blog = document.getElementById('live-blog');
  var url = story ? story.getAttribute('data-live-stream') : '/live/site';
  if (story && blog && blog.getAttribute('data-live-from')) {
    url += '?from=' + encodeURIComponent(blog.getAttribute('data-live-from'));
  }
  var source = new EventSource(url);

  source.addEventListener('banner', function (event) {
    if (!banner) return;
    var data = JSON.parse(event.data);
    if (data.removed || Date.parse(data.expires) <= Date.now()) {
      banner.hidden = true;
      return;
    }
    var link = banner.querySelector('a');
    link.textContent = data.text;
    link.setAttribute('href', data.url);
    banner.setAttribute('data-expires', data.expires);
    banner.hidden = false;
    hideBannerAt(data.expires);
  });

  function fragment(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function replaceOrAdd(list, id, html, first) {
    var existing = document.getElementById(id);
    if (!html) {
      if (existing) existing.remove();
      return;
    }
    var element = fragment(html);
    if (existing) {
      existing.replaceWith(element);
    } else if (first) {
      list.prepend(element);
    } else {
      list.append(element);
    }
  }

  source.addEventListener('entry', function (event) {
    if (!blog) return;
    var data = JSON.parse(event.data);
    replaceOrAdd(document.getElementById('live-entries'), 'entry-' + data.id, data.html, true);
    replaceOrAdd(document.getElementById('key-points'), 'key-entry-' + data.id, data.keyPoint, false);
    var keyPoints = document.getElementById('key-points');
    keyPoints.parentElement.hidden = keyPoints.children.length === 0;
    var empty = document.getElementById('live-empty');
    if (empty) empty.remove();
  });

  source.addEventListener('entry-removed', function (event) {
    var data = JSON.parse(event.data);
    ['entry-' + data.id, 'key-entry-' + data.id].forEach(function (id) {
      var element = document.getElementById(id);
      if (element) element.remove();
    });
  });

  source.addEventListener('coverage', function (event) {
    var data = JSON.parse(event.data);
    var status = document.getElementById('live-status');
    if (data.ended && status) {
      status.textContent = data.html;
      status.className = 'live-ended';
      var badge = document.querySelector('#live-heading .live-badge');
      if (badge) badge.remove();
    }
  });
})();

// Live updates for a reader's page (live feature): one EventSource per page. On an article page it follows the
// article's stream (its live blog's entries, its comments, and the breaking-news banner); elsewhere the site's
// stream (the banner). The page without JavaScript is whole on reload. Entries and comments arrive as HTML the
// server rendered and escaped with the page's own templates; the banner's text and like counts are set as text.
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
  // Comments: a published one is added where the section's order puts it, or, already on the page, gets its new
  // text, marks and like count while its buttons stay the reader's own (their like, their edit and delete).
  var comments = document.getElementById('comments');

  function commentItem(data) {
    var member = comments.hasAttribute('data-can-act');
    var token = member ? comments.querySelector('input[type=hidden][name=_csrf]') : null;
    var item = fragment(member && token ? data.memberHtml : data.html);
    var sort = comments.querySelector('.comment-list');
    item.querySelectorAll('input[type=hidden][name=_csrf]').forEach(function (input) { input.value = token.value; });
    item.querySelectorAll('input[type=hidden][name=sort]').forEach(function (input) {
      input.value = sort ? sort.getAttribute('data-sort') : 'newest';
    });
    return item;
  }

  function wrapped(item, className) {
    var li = document.createElement('li');
    if (className) li.className = className;
    li.append(item);
    return li;
  }

  source.addEventListener('comment', function (event) {
    if (!comments) return;
    var data = JSON.parse(event.data);
    var existing = document.getElementById('comment-' + data.id);
    var item = commentItem(data);
    if (existing) {
      ['.comment-meta', '.comment-body'].forEach(function (part) {
        var now = existing.querySelector(part), fresh = item.querySelector(part);
        if (now && fresh) now.replaceWith(fresh);
      });
      var likes = existing.querySelector('.comment-likes');
      if (likes) likes.textContent = data.likes;
      existing.classList.remove('held');
      return;
    }
    if (data.rootId) {
      var root = document.getElementById('comment-' + data.rootId);
      if (!root) return; // its thread is on a page the reader has not opened
      var thread = root.closest('li');
      var replies = thread.querySelector('.comment-replies');
      if (!replies) {
        replies = document.createElement('ol');
        replies.className = 'comment-replies';
        thread.append(replies);
      }
      replies.append(wrapped(item));
      return;
    }
    var list = comments.querySelector('.comment-list');
    if (!list) return;
    if (list.getAttribute('data-sort') === 'newest') {
      list.prepend(wrapped(item, 'comment-thread'));
    } else if (!list.querySelector('.comment-more')) {
      list.append(wrapped(item, 'comment-thread')); // with more pages to come it belongs on a later one
    }
  });

  source.addEventListener('comment-removed', function (event) {
    var data = JSON.parse(event.data);
    var existing = document.getElementById('comment-' + data.id);
    if (!existing || existing.classList.contains('held')) return; // the author's own held comment stays theirs
    if (data.html) {
      existing.replaceWith(fragment(data.html));
    } else if (existing.parentElement.tagName === 'LI') {
      existing.parentElement.remove();
    } else {
      existing.remove();
    }
  });
})();

// Narrative editor (LAKIN prose): a contenteditable area with a small toolbar over the plain textarea.
// Without JavaScript the textarea is the editor. The server sanitises whatever is sent (NarrativeHtml):
// this file only makes typing formatted text easier.
(function () {
  'use strict';

  function setUp(form) {
    var textarea = form.querySelector('textarea[name="content"]');
    var area = form.querySelector('.rte');
    var toolbar = form.querySelector('.rte-toolbar');
    var fallback = form.querySelector('.rte-fallback');
    if (!textarea || !area || !toolbar || typeof document.execCommand !== 'function') {
      return;
    }
    // the stored text is sanitised XHTML; plain text from the fallback becomes paragraphs on the server
    area.innerHTML = textarea.value.indexOf('<') >= 0 ? textarea.value : paragraphs(textarea.value);
    area.hidden = false;
    toolbar.hidden = false;
    fallback.hidden = true;
    try {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    } catch (e) { /* older browsers: divs become paragraphs on the server */ }

    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-rte]');
      if (!button) {
        return;
      }
      event.preventDefault();
      area.focus();
      var command = button.getAttribute('data-rte');
      if (command === 'table') {
        document.execCommand('insertHTML', false,
          '<table><tbody><tr><th>&nbsp;</th><th>&nbsp;</th></tr><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p></p>');
      } else {
        document.execCommand(command, false, button.getAttribute('data-rte-value'));
      }
      sync();
    });

    function sync() {
      textarea.value = area.innerHTML;
    }

    // typing in the textarea itself (no JavaScript editor shown) also reaches the live preview: its input events bubble

    area.addEventListener('input', sync);
    form.addEventListener('submit', sync);
  }

  // --- lost work (issue 9 §5, issue 10 item 7): size limit, draft in the browser, session kept alive ---

  function bytes(text) {
    return new TextEncoder().encode(text).length;
  }

  function guard(form) {
    var textarea = form.querySelector('textarea[name="content"]');
    var section = form.closest('section') || document;
    var max = parseInt(form.getAttribute('data-max-bytes'), 10) || 0;
    var oversize = section.querySelector('.oversize-notice');
    var sessionNotice = section.querySelector('.session-notice');
    var draftNotice = section.querySelector('.draft-notice');
    var key = form.getAttribute('data-draft-key');
    var seconds = parseInt(form.getAttribute('data-session-seconds'), 10) || 1800;
    var keepAliveUrl = form.getAttribute('data-keepalive');
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var lastContact = Date.now();
    var ended = false;
    var submitting = false;
    if (!textarea) {
      return;
    }
    var area = form.querySelector('.rte');

    function value() {
      if (area && !area.hidden) {
        textarea.value = area.innerHTML;
      }
      return textarea.value;
    }

    function tooBig() {
      var size = bytes(value());
      if (max > 0 && size > max) {
        if (oversize) {
          oversize.textContent = oversize.getAttribute('data-text')
            .replace('{size}', (size / 1048576).toLocaleString(document.documentElement.lang || 'id',
              {maximumFractionDigits: 1}));
          oversize.hidden = false;
        }
        return true;
      }
      if (oversize) {
        oversize.hidden = true;
      }
      return false;
    }

    // the draft: every change is kept in this browser until the save succeeded
    var storage = null;
    try {
      storage = window.localStorage;
    } catch (e) { /* storage disabled: the server still keeps a form sent after the session ended */ }

    function keepDraft(sent) {
      if (!storage || !key) {
        return;
      }
      try {
        storage.setItem(key, JSON.stringify({content: value(), at: Date.now(), sent: sent === true}));
      } catch (e) { /* quota: the text stays in the editor */ }
    }

    if (storage && key) {
      var saved = null;
      try {
        saved = JSON.parse(storage.getItem(key));
      } catch (e) { /* ignore a broken draft */ }
      if (form.getAttribute('data-saved') === 'true' && saved && saved.sent) {
        // the text sent was saved: the draft has done its work (a draft typed after the save stays)
        storage.removeItem(key);
      } else if (form.getAttribute('data-kept') !== 'true' && form.getAttribute('data-echo') !== 'true') {
        // (a refused save or a preview shows the text sent as the server read it: nothing to restore)
        var draft = saved;
        if (draft && typeof draft.content === 'string' && draft.content !== textarea.value) {
          var stored = textarea.value;
          textarea.value = draft.content;
          if (area && !area.hidden) {
            area.innerHTML = draft.content;
          }
          if (draftNotice) {
            draftNotice.querySelector('.draft-text').textContent = draftNotice.getAttribute('data-text')
              .replace('{0}', new Date(draft.at).toLocaleString(document.documentElement.lang || 'id'));
            draftNotice.hidden = false;
            draftNotice.querySelector('.draft-discard').addEventListener('click', function () {
              storage.removeItem(key);
              textarea.value = stored;
              if (area && !area.hidden) {
                area.innerHTML = stored;
              }
              draftNotice.hidden = true;
            });
          }
        }
      }
    }

    // the session: kept alive while the user types, a warning before it ends when they do not
    function keepAlive() {
      var headers = {'X-Requested-With': 'fetch'};
      if (csrfToken && csrfHeader) {
        headers[csrfHeader.getAttribute('content')] = csrfToken.getAttribute('content');
      }
      return fetch(keepAliveUrl, {method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: headers})
        .then(function (res) {
          if (res.status === 204) {
            lastContact = Date.now();
            seconds = parseInt(res.headers.get('X-Session-Seconds'), 10) || seconds;
            sessionNotice.hidden = true;
            return true;
          }
          endSession();
          return false;
        }, function () {
          return false;
        });
    }

    function endSession() {
      ended = true;
      keepDraft(false);
      sessionNotice.querySelector('.session-text').textContent = sessionNotice.getAttribute('data-ended');
      sessionNotice.querySelector('.session-extend').hidden = true;
      sessionNotice.querySelector('.session-login').hidden = false;
      sessionNotice.hidden = false;
    }

    function check() {
      if (ended) {
        return;
      }
      var left = seconds - (Date.now() - lastContact) / 1000;
      if (left <= 0) {
        endSession();
      } else if (left <= Math.min(120, seconds / 4)) {
        sessionNotice.querySelector('.session-text').textContent = sessionNotice.getAttribute('data-warn')
          .replace('{0}', String(Math.max(1, Math.ceil(left / 60))));
        sessionNotice.hidden = false;
      }
    }

    var typingTimer = null;
    form.addEventListener('input', function () {
      tooBig();
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () {
        keepDraft(false);
      }, 500);
      if (!ended && keepAliveUrl && Date.now() - lastContact > 60000) {
        keepAlive();
      }
    });
    if (sessionNotice && keepAliveUrl) {
      sessionNotice.querySelector('.session-extend').addEventListener('click', keepAlive);
      setInterval(check, 10000);
    }
    // any request of the page (the live preview) also keeps the session alive
    document.body.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail && event.detail.successful) {
        lastContact = Date.now();
      }
    });
    // the live preview does not send an oversize text either
    document.body.addEventListener('htmx:confirm', function (event) {
      if (tooBig()) {
        event.preventDefault();
      }
    });

    form.addEventListener('submit', function (event) {
      keepDraft(true);
      if (tooBig()) {
        event.preventDefault();
        oversize.scrollIntoView({block: 'center'});
        return;
      }
      submitting = true;
    });
    window.addEventListener('beforeunload', function () {
      if (!submitting) {
        keepDraft(false);
      }
    });
  }

  function paragraphs(text) {
    var div = document.createElement('div');
    return text.split(/\n\s*\n/).filter(function (p) { return p.trim() !== ''; }).map(function (p) {
      div.textContent = p.trim();
      return '<p>' + div.innerHTML.replace(/\n/g, '<br>') + '</p>';
    }).join('');
  }

  function start() {
    document.querySelectorAll('form.narrative-form').forEach(function (form) {
      setUp(form);
      guard(form);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

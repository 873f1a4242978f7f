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

  function paragraphs(text) {
    var div = document.createElement('div');
    return text.split(/\n\s*\n/).filter(function (p) { return p.trim() !== ''; }).map(function (p) {
      div.textContent = p.trim();
      return '<p>' + div.innerHTML.replace(/\n/g, '<br>') + '</p>';
    }).join('');
  }

  function start() {
    document.querySelectorAll('form.narrative-form').forEach(setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// Copy buttons: <button data-copy="id of what to copy" data-copy-status="id of a role=status line"
// data-copied="..." data-copy-refused="..." hidden>. They need this script, so they stay hidden until
// it runs. A list is copied one item a line. When the browser refuses the clipboard (permission,
// an insecure address), the text is selected instead and the status line says what to do.
(function () {
    'use strict';

    if (window.MediaPatchCopy) {
        return;
    }
    window.MediaPatchCopy = true;

    function textOf(source) {
        if (source.matches('ul, ol')) {
            return Array.prototype.map.call(source.children, function (item) { return item.textContent.trim(); })
                .join('\n');
        }
        return source.textContent.trim();
    }

    function say(button, message, refused) {
        var status = document.getElementById(button.dataset.copyStatus);
        if (status) {
            status.textContent = message;
            status.classList.toggle('copy-status--refused', refused);
        }
    }

    function select(source) {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function copy(button) {
        var source = document.getElementById(button.dataset.copy);
        if (!source) {
            return;
        }
        function refused() {
            select(source);
            say(button, button.dataset.copyRefused, true);
        }
        if (!navigator.clipboard || !navigator.clipboard.writeText) {
            refused();
            return;
        }
        navigator.clipboard.writeText(textOf(source)).then(function () {
            say(button, button.dataset.copied, false);
        }, refused);
    }

    function reveal() {
        document.querySelectorAll('[data-copy]').forEach(function (button) { button.hidden = false; });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (button) {
            copy(button);
        }
    });
    document.addEventListener('htmx:afterSettle', reveal);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
})();

// Screen-capture deterrence for protected content (components/protected.jte).
// A page cannot stop operating-system screenshots or a phone camera: this makes casual
// capture awkward and leaks traceable. It acts only on [data-protected] elements, which are
// never rendered for God viewers, so for them nothing here does anything.
(function () {
    'use strict';

    // Loaded once per tab (protected content asks app.js for it); a second copy would report twice.
    if (window.MediaPatchCaptureGuard) {
        return;
    }
    window.MediaPatchCaptureGuard = true;

    var PROTECTED = '[data-protected]';
    var EDITABLE = 'input, textarea, select, [contenteditable="true"]';
    var STAMP = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/;
    var FONT_SIZE = 14;
    var ROW_HEIGHT = 140;
    var SHIELD_MS = 3000;
    var REPORT_GAP_MS = 2000;

    var blurred = document.visibilityState === 'hidden';
    var refreshing = null;
    var shieldTimer = null;
    var lastReport = 0;

    function protectedIn(root) {
        var found = root.matches && root.matches(PROTECTED) ? [root] : [];
        return root.querySelectorAll
            ? found.concat(Array.prototype.slice.call(root.querySelectorAll(PROTECTED))) : found;
    }

    function escapeXml(text) {
        return text.replace(/[<>&'"]/g, function (c) {
            return {'<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;'}[c];
        });
    }

    // "@handle · time" on two lines, so that a whole stamp fits even a phone's width.
    function label(lines, x, y, fill) {
        var spans = lines.map(function (line, i) {
            var dy = i === 0 ? -0.65 * (lines.length - 1) : 1.3;
            return '<tspan x="' + x + '" dy="' + dy + 'em">' + escapeXml(line) + '</tspan>';
        }).join('');
        return '<text y="' + y + '" text-anchor="middle" dominant-baseline="middle"'
            + ' transform="rotate(-22 ' + x + ' ' + y + ')" font-family="system-ui, sans-serif"'
            + ' font-size="' + FONT_SIZE + '" fill="' + fill + '">' + spans + '</text>';
    }

    // Two rows per tile, offset like bricks; the half labels on the edges meet the next tile's.
    function tile(text, fill) {
        var lines = text.split(' · ');
        var longest = Math.max.apply(null, lines.map(function (line) { return line.length; }));
        var width = Math.max(240, Math.round(longest * FONT_SIZE * 0.62) + 100);
        var svg = '<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + ROW_HEIGHT * 2 + '">'
            + label(lines, width / 2, ROW_HEIGHT / 2, fill) + label(lines, 0, ROW_HEIGHT * 1.5, fill)
            + label(lines, width, ROW_HEIGHT * 1.5, fill) + '</svg>';
        return 'url("data:image/svg+xml,' + encodeURIComponent(svg) + '")';
    }

    // The server stamps its own time; keep it running from there rather than trust the device clock.
    function currentText(element) {
        var text = element.getAttribute('data-watermark');
        var stamp = STAMP.exec(text);
        if (!stamp) {
            return text;
        }
        var at = Date.parse(stamp[1] + 'T' + stamp[2] + ':00Z') + performance.now() - element.captureGuardSince;
        return text.slice(0, stamp.index) + new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    }

    function paint(element) {
        var overlay = element.querySelector(':scope > .watermark');
        if (!overlay) {
            overlay = document.createElement('div');
            overlay.className = 'watermark';
            overlay.setAttribute('aria-hidden', 'true');
            element.appendChild(overlay);
            element.captureGuardSince = performance.now();
        }
        var text = currentText(element);
        if (overlay.captureGuardText === text) {
            return;
        }
        overlay.captureGuardText = text;
        if (window.CSS && (CSS.supports('mask-image', 'none') || CSS.supports('-webkit-mask-image', 'none'))) {
            // A mask, so the stylesheet's theme colour shows through: right in light and dark.
            overlay.style.webkitMaskImage = tile(text, '#000');
            overlay.style.maskImage = tile(text, '#000');
        } else {
            overlay.style.backgroundColor = 'transparent';
            overlay.style.backgroundImage = tile(text, getComputedStyle(element).color);
        }
    }

    function refreshAll() {
        document.querySelectorAll(PROTECTED + '[data-watermark]').forEach(paint);
    }

    function guard(root) {
        protectedIn(root).forEach(function (element) {
            element.classList.toggle('capture-blurred', blurred);
            if (element.hasAttribute('data-watermark')) {
                paint(element);
                refreshing = refreshing || setInterval(refreshAll, 60000);
            }
        });
    }

    function setBlurred(on) {
        blurred = on;
        document.querySelectorAll(PROTECTED).forEach(function (element) {
            element.classList.toggle('capture-blurred', on);
        });
    }

    window.addEventListener('blur', function () { setBlurred(true); });
    window.addEventListener('focus', function () { setBlurred(false); });
    document.addEventListener('visibilitychange', function () { setBlurred(document.visibilityState === 'hidden'); });

    function elementOf(target) {
        return target instanceof Element ? target : target && target.parentElement;
    }

    function inProtected(target) {
        var element = elementOf(target);
        return !!element && !!element.closest(PROTECTED) && !element.closest(EDITABLE);
    }

    function selectionTouchesProtected() {
        var selection = window.getSelection();
        if (!selection || selection.isCollapsed) {
            return false;
        }
        return Array.prototype.some.call(document.querySelectorAll(PROTECTED), function (element) {
            return selection.containsNode(element, true);
        });
    }

    ['copy', 'cut'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var element = elementOf(event.target);
            if (element && element.closest(EDITABLE)) {
                return;
            }
            if (inProtected(event.target) || selectionTouchesProtected()) {
                event.preventDefault();
            }
        }, true);
    });

    ['contextmenu', 'dragstart'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            if (inProtected(event.target)) {
                event.preventDefault();
            }
        }, true);
    });

    // PrintScreen (Windows and Linux send only keyup for it) and the macOS shortcuts, which
    // the system usually takes before the page sees them.
    function isCaptureKey(event) {
        return event.key === 'PrintScreen' || event.keyCode === 44
            || (event.metaKey && event.shiftKey && /^Digit[345]$/.test(event.code || ''));
    }

    function shield() {
        document.documentElement.classList.add('capture-shielded');
        clearTimeout(shieldTimer);
        shieldTimer = setTimeout(function () {
            document.documentElement.classList.remove('capture-shielded');
        }, SHIELD_MS);
    }

    function report(endpoint) {
        var now = Date.now();
        if (!endpoint || now - lastReport < REPORT_GAP_MS) {
            return;
        }
        lastReport = now;
        var headers = {'Content-Type': 'application/json'};
        var csrf = document.getElementById('csrf');
        if (csrf) {
            headers[csrf.dataset.header] = csrf.dataset.token;
        }
        fetch(endpoint, {method: 'POST', headers: headers, credentials: 'same-origin', keepalive: true,
            body: JSON.stringify({path: location.pathname})}).catch(function () { /* best effort */ });
    }

    function onKey(event) {
        var first = document.querySelector(PROTECTED);
        if (!first || !isCaptureKey(event)) {
            return;
        }
        shield();
        report(first.getAttribute('data-capture-report'));
        if (event.type === 'keyup' && navigator.clipboard && navigator.clipboard.writeText) {
            // Windows has just put the screenshot on the clipboard: replace it.
            navigator.clipboard.writeText('').catch(function () { /* not allowed here */ });
        }
    }

    document.addEventListener('keydown', onKey, true);
    document.addEventListener('keyup', onKey, true);

    document.addEventListener('htmx:load', function (event) { guard(event.detail.elt || event.target); });
    // Loaded once the page is there (always, when app.js adds it): guard what is already shown.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { guard(document); });
    } else {
        guard(document);
    }
})();

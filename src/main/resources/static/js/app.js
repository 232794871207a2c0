// Behaviour shared by every page. No inline scripts anywhere: the CSP forbids them.
(function () {
    'use strict';

    var THEME_KEY = 'mediapatch.theme';

    function effectiveTheme() {
        var chosen = document.documentElement.getAttribute('data-theme');
        if (chosen) {
            return chosen;
        }
        return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    }

    function syncThemeToggles() {
        var dark = effectiveTheme() === 'dark';
        document.querySelectorAll('[data-theme-toggle]').forEach(function (button) {
            button.setAttribute('aria-pressed', dark ? 'true' : 'false');
        });
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest('[data-theme-toggle]');
        if (toggle) {
            var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
            document.documentElement.setAttribute('data-theme', next);
            try { localStorage.setItem(THEME_KEY, next); } catch (e) { /* not saved, still applied */ }
            syncThemeToggles();
            return;
        }
        var menu = event.target.closest('[data-menu-toggle]');
        if (menu) {
            setMenuOpen(menu, menu.getAttribute('aria-expanded') !== 'true');
            return;
        }
        var close = event.target.closest('[data-filter-sheet-close]');
        if (close) {
            closeFilterSheet(close.closest('[data-filter-sheet]'));
            return;
        }
        if (event.target.matches('.filter-sheet--phone[open]')) {
            closeFilterSheet(event.target); // the dimmed page around the sheet
            return;
        }
        var dismiss = event.target.closest('[data-dismiss-toast]');
        if (dismiss) {
            dismiss.closest('.toast').remove();
        }
    });

    // Phones: the main navigation and session actions sit in a sheet the Menu button opens;
    // Escape closes it and gives focus back to the button.
    // The sheet comes before the button in the page (so the closed bar reads bell, then Menu), so
    // opening it moves focus to its first entry; Tab then walks the sheet and back to Menu.
    function setMenuOpen(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        var sheet = document.getElementById(button.getAttribute('aria-controls'));
        if (sheet) {
            sheet.classList.toggle('site-menu--open', open);
            var first = open && sheet.querySelector('.site-nav li:not(.site-nav__icon) a');
            if (first) {
                first.focus();
            }
        }
    }

    // The closed Menu button tells of counts hidden in its sheet (Messages unread): a dot, and
    // "new in Messages" in its name. Badges load and reload with htmx, so this runs after each swap.
    function markMenuNews() {
        var button = document.querySelector('[data-menu-toggle]');
        var sheet = button && document.getElementById(button.getAttribute('aria-controls'));
        if (!sheet) {
            return;
        }
        var names = Array.prototype.filter.call(sheet.querySelectorAll('.site-nav li:not(.site-nav__icon)'),
            function (entry) { return entry.querySelector('.badge'); })
            .map(function (entry) { return entryName(entry.querySelector('a')); });
        button.classList.toggle('menu-toggle--news', names.length > 0);
        button.querySelector('[data-menu-news]').textContent = names.length ? ', new in ' + names.join(', ') : '';
    }

    function entryName(link) {
        return Array.prototype.filter.call(link.childNodes, function (node) { return node.nodeType === Node.TEXT_NODE; })
            .map(function (node) { return node.textContent; }).join('').trim();
    }

    // Phones: filters start closed, so the results come first, and open as a sheet from the bottom
    // (components/filterSheet.jte). Opening moves focus into it; Close, Escape, a tap on the dimmed
    // page or focus leaving it closes it and gives focus back to its button.
    var PHONE = window.matchMedia('(max-width: 40rem)');

    function fitFilterSheets(root, closeOnPhones) {
        root.querySelectorAll('[data-filter-sheet]').forEach(function (sheet) {
            sheet.classList.toggle('filter-sheet--phone', PHONE.matches);
            if (closeOnPhones && PHONE.matches && !sheet.hasAttribute('data-filter-sheet-fitted')) {
                sheet.open = false;
            }
            sheet.setAttribute('data-filter-sheet-fitted', '');
        });
        // A sheet left open while the screen widened no longer holds the page still.
        document.documentElement.classList.toggle('filter-sheet-open', !!openPhoneSheet());
    }

    function openPhoneSheet() {
        return document.querySelector('.filter-sheet--phone[open]');
    }

    function closeFilterSheet(sheet) {
        sheet.open = false;
        sheet.querySelector('summary').focus();
    }

    PHONE.addEventListener('change', function () { fitFilterSheets(document, false); });

    // toggle does not bubble: listen while it travels down.
    document.addEventListener('toggle', function (event) {
        if (!event.target.matches || !event.target.matches('.filter-sheet--phone')) {
            return;
        }
        document.documentElement.classList.toggle('filter-sheet-open', event.target.open);
        var first = event.target.open && event.target.querySelector('.filter-sheet__panel :is(input:not([type=hidden]), select)');
        if (first) {
            first.focus();
        }
    }, true);

    document.addEventListener('focusin', function (event) {
        var sheet = openPhoneSheet();
        if (sheet && !sheet.contains(event.target)) {
            sheet.open = false;
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && openPhoneSheet()) {
            closeFilterSheet(openPhoneSheet());
            return;
        }
        var button = document.querySelector('[data-menu-toggle][aria-expanded="true"]');
        if (event.key === 'Escape' && button) {
            setMenuOpen(button, false);
            button.focus();
        }
    });

    // Success and info toasts fade away on their own; warnings and errors stay until dismissed.
    function scheduleToastDismissal(root) {
        root.querySelectorAll('.toast--success, .toast--info').forEach(function (toast) {
            setTimeout(function () { toast.remove(); }, 6000);
        });
    }

    // htmx requests carry the CSRF token as a header; plain forms carry it as a field. The
    // token lives in the body (not the head) so that boosted navigation keeps it current,
    // for example after signing in, when the server issues a new one.
    document.addEventListener('htmx:configRequest', function (event) {
        var csrf = document.getElementById('csrf');
        if (csrf) {
            event.detail.headers[csrf.dataset.header] = csrf.dataset.token;
        }
    });

    // Times are rendered in UTC on the server; show them in the reader's own time zone.
    function localiseTimes(root) {
        root.querySelectorAll('time[data-local-time]').forEach(function (time) {
            var when = new Date(time.getAttribute('datetime'));
            if (!isNaN(when)) {
                time.textContent = when.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
            }
        });
    }

    // Page scripts: the layout lists the scripts a page needs (#page-scripts), protected content
    // names its own, all as data-scripts. A full load has them in the head already; boosted
    // navigation swaps only the body, so the ones this tab has not loaded yet are added here, in
    // order (async = false), from this site only, which the CSP's script-src 'self' allows.
    function loadedScripts() {
        return Array.prototype.map.call(document.scripts, function (script) { return script.getAttribute('src'); });
    }

    function loadScripts(root) {
        var holders = root.querySelectorAll ? Array.prototype.slice.call(root.querySelectorAll('[data-scripts]')) : [];
        if (root.matches && root.matches('[data-scripts]')) {
            holders.unshift(root);
        }
        holders.forEach(function (holder) {
            holder.getAttribute('data-scripts').split(' ').forEach(function (src) {
                var sameSite = src.charAt(0) === '/' && src.charAt(1) !== '/' && src.charAt(1) !== '\\';
                if (sameSite && loadedScripts().indexOf(src) < 0) {
                    var script = document.createElement('script');
                    script.src = src;
                    script.async = false;
                    document.head.appendChild(script);
                }
            });
        });
    }

    function enhance(root) {
        fitFilterSheets(root, true);
        syncThemeToggles();
        markMenuNews();
        scheduleToastDismissal(root);
        localiseTimes(root);
    }

    loadScripts(document);
    document.addEventListener('htmx:load', function (event) { loadScripts(event.detail.elt || event.target); });
    document.addEventListener('DOMContentLoaded', function () { enhance(document); });
    document.addEventListener('htmx:afterSettle', function (event) { enhance(event.target); });
})();

// Live messages, heard through the tab's one live connection (live.js). New, edited and deleted
// messages are fetched as server-rendered fragments (no HTML is built here), read receipts are
// recounted in place, the unread badge is told when a message is read here, "typing…" is shown.
// Only the conversation page asks for this file (link card players are js/players.js).
(function () {
    'use strict';

    // Loaded once per tab (in the head, or by app.js after a boosted navigation): its listeners are
    // on the document and stay for every later page, so a second copy would handle each event twice.
    if (window.MediaPatchMessages) {
        return;
    }
    window.MediaPatchMessages = true;

    var typingTimer = null;
    var lastTypingSent = 0;

    function csrfHeaders() {
        var csrf = document.getElementById('csrf');
        var headers = {'HX-Request': 'true'};
        if (csrf) {
            headers[csrf.dataset.header] = csrf.dataset.token;
        }
        return window.MediaPatchLive ? window.MediaPatchLive.headers(headers) : headers;
    }

    function conversation() {
        return document.querySelector('[data-conversation]');
    }

    function fragment(path) {
        return fetch(path, {headers: {'HX-Request': 'true'}, credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.text() : null;
        });
    }

    // The page names where one rendered message is fetched: prefix + message id.
    function messagePath(data) {
        return conversation().dataset.messagePrefix + data.messageId;
    }

    function place(html, existing) {
        var list = document.getElementById('messages');
        if (!html || !list) {
            return;
        }
        var holder = document.createElement('template');
        holder.innerHTML = html.trim();
        var item = holder.content.firstElementChild;
        if (!item) {
            return;
        }
        if (existing) {
            existing.replaceWith(item);
        } else if (!document.getElementById(item.id)) {
            list.appendChild(item);
        }
        if (window.htmx) {
            window.htmx.process(item);
        }
    }

    function markRead() {
        var page = conversation();
        if (page && document.visibilityState === 'visible') {
            fetch(page.dataset.read, {method: 'POST', headers: csrfHeaders(), credentials: 'same-origin'})
                .then(refreshBadge);
        }
    }

    function refreshBadge() {
        document.body.dispatchEvent(new CustomEvent('messages:unread'));
    }

    function inThisConversation(data) {
        var page = conversation();
        return page && page.dataset.conversation === data.conversationId;
    }

    // The unread badge hears new, edited and deleted messages itself (data-live-refresh); only
    // reading one here needs telling it.
    function onMessage(data) {
        if (!inThisConversation(data)) {
            return;
        }
        showTyping(false);
        if (!document.getElementById('message-' + data.messageId)) {
            fragment(messagePath(data)).then(function (html) { place(html, null); markRead(); });
        }
    }

    function onChange(data) {
        var existing = document.getElementById('message-' + data.messageId);
        if (existing && inThisConversation(data) && !existing.querySelector('details[open]')) {
            fragment(messagePath(data)).then(function (html) { place(html, existing); });
        }
    }

    // Read receipts are counted here from each reader's newest read message: nothing is fetched.
    function readMarks(page) {
        var marks = {};
        (page.dataset.readMarks || '').split(' ').forEach(function (pair) {
            var colon = pair.indexOf(':');
            if (colon > 0) {
                marks[pair.substring(0, colon)] = Number(pair.substring(colon + 1));
            }
        });
        return marks;
    }

    function onRead(data) {
        var page = conversation();
        if (!inThisConversation(data)) {
            return;
        }
        var marks = readMarks(page);
        if (!(data.actor in marks)) {
            return;
        }
        marks[data.actor] = Math.max(marks[data.actor], data.seq);
        page.dataset.readMarks = Object.keys(marks).map(function (k) { return k + ':' + marks[k]; }).join(' ');
        document.querySelectorAll('#messages .message--mine').forEach(function (item) {
            var receipt = item.querySelector('[data-receipt]');
            if (!receipt) {
                return;
            }
            var seq = Number(item.dataset.seq);
            var seen = Object.keys(marks).filter(function (k) { return marks[k] >= seq; }).length;
            receipt.hidden = seen === 0;
            receipt.textContent = seen > 1 ? 'Seen by ' + seen : 'Seen';
        });
    }

    function showTyping(on) {
        var typing = document.getElementById('typing');
        if (!typing) {
            return;
        }
        typing.textContent = on ? 'Someone is typing…' : '';
        clearTimeout(typingTimer);
        if (on) {
            typingTimer = setTimeout(function () { typing.textContent = ''; }, 4000);
        }
    }

    function onTyping(data) {
        if (inThisConversation(data)) {
            showTyping(true);
        }
    }

    if (window.MediaPatchLive) {
        window.MediaPatchLive.on('messages.new', onMessage);
        window.MediaPatchLive.on('messages.edit', onChange);
        window.MediaPatchLive.on('messages.delete', onChange);
        window.MediaPatchLive.on('messages.read', onRead);
        window.MediaPatchLive.on('messages.typing', onTyping);
    }

    document.addEventListener('input', function (event) {
        var composer = event.target.closest('[data-composer]');
        if (composer && Date.now() - lastTypingSent > 3000) {
            lastTypingSent = Date.now();
            fetch(composer.dataset.typing, {method: 'POST', headers: csrfHeaders(), credentials: 'same-origin'});
        }
    });

    // The sender sees one copy of a message whatever arrives first: the send answer or the same
    // message from another tab's live event (or a replay after reconnecting).
    document.addEventListener('htmx:beforeSwap', function (event) {
        var form = event.detail.requestConfig && event.detail.requestConfig.elt;
        if (form && form.matches && form.matches('[data-composer]') && event.detail.xhr.status < 300) {
            var holder = document.createElement('template');
            holder.innerHTML = event.detail.serverResponse.trim();
            var item = holder.content.querySelector('li[id^="message-"]');
            if (item && document.getElementById(item.id)) {
                event.detail.shouldSwap = false;
            }
        }
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        var form = event.detail.elt;
        if (form && form.matches && form.matches('[data-composer]') && event.detail.successful) {
            form.reset();
            var list = document.getElementById('messages');
            if (list && list.lastElementChild) {
                list.lastElementChild.scrollIntoView({block: 'nearest'});
            }
        }
    });

})();

// Live messages over Server-Sent Events: one stream per signed-in tab. New, edited and deleted
// messages are fetched as server-rendered fragments (no HTML is built here), the unread badge is
// refreshed, "typing…" is shown, and link cards load their player only when asked.
(function () {
    'use strict';

    var PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://open.spotify.com',
        'https://w.soundcloud.com', 'https://player.vimeo.com', 'https://bandcamp.com'];
    var typingTimer = null;
    var lastTypingSent = 0;

    function csrfHeaders() {
        var csrf = document.getElementById('csrf');
        var headers = {'HX-Request': 'true'};
        if (csrf) {
            headers[csrf.dataset.header] = csrf.dataset.token;
        }
        return headers;
    }

    function conversation() {
        return document.querySelector('[data-conversation]');
    }

    function fragment(path) {
        return fetch(path, {headers: {'HX-Request': 'true'}, credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.text() : null;
        });
    }

    function messagePath(data) {
        return '/messages/' + data.conversationId + '/messages/' + data.messageId;
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

    function onMessage(event) {
        var data = JSON.parse(event.data);
        if (!inThisConversation(data)) {
            refreshBadge();
            return;
        }
        showTyping(false);
        if (!document.getElementById('message-' + data.messageId)) {
            fragment(messagePath(data)).then(function (html) { place(html, null); markRead(); });
        }
    }

    function onChange(event) {
        var data = JSON.parse(event.data);
        refreshBadge();
        var existing = document.getElementById('message-' + data.messageId);
        if (existing && inThisConversation(data) && !existing.querySelector('details[open]')) {
            fragment(messagePath(data)).then(function (html) { place(html, existing); });
        }
    }

    function onRead(event) {
        var data = JSON.parse(event.data);
        if (!inThisConversation(data)) {
            return;
        }
        var mine = document.querySelectorAll('#messages .message--mine');
        Array.prototype.slice.call(mine, -3).forEach(function (item) {
            if (item.querySelector('details[open]')) {
                return;
            }
            fragment(messagePath({conversationId: data.conversationId, messageId: item.id.substring(8)}))
                .then(function (html) { place(html, item); });
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

    function onTyping(event) {
        if (inThisConversation(JSON.parse(event.data))) {
            showTyping(true);
        }
    }

    function connect() {
        if (!document.getElementById('unread-badge') || !window.EventSource) {
            return;
        }
        var stream = new EventSource('/messages/stream');
        stream.addEventListener('message', onMessage);
        stream.addEventListener('edit', onChange);
        stream.addEventListener('delete', onChange);
        stream.addEventListener('read', onRead);
        stream.addEventListener('typing', onTyping);
    }

    function loadPlayer(button) {
        var card = button.closest('[data-embed]');
        var src = card && card.dataset.embed;
        var url;
        try {
            url = new URL(src);
        } catch (e) {
            return;
        }
        if (PLAYER_ORIGINS.indexOf(url.origin) < 0) {
            return;
        }
        var frame = document.createElement('iframe');
        frame.src = url.href;
        frame.className = 'embed-card__player';
        frame.title = card.querySelector('.embed-card__provider').textContent + ' player';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
        frame.setAttribute('allow', 'encrypted-media; fullscreen; picture-in-picture');
        frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
        frame.loading = 'lazy';
        button.replaceWith(frame);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-load-player]');
        if (button) {
            loadPlayer(button);
        }
    });

    document.addEventListener('input', function (event) {
        var composer = event.target.closest('[data-composer]');
        if (composer && Date.now() - lastTypingSent > 3000) {
            lastTypingSent = Date.now();
            fetch(composer.dataset.typing, {method: 'POST', headers: csrfHeaders(), credentials: 'same-origin'});
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

    document.addEventListener('DOMContentLoaded', connect);
})();

// The tab's one live connection (Server-Sent Events), shared by every feature on the page.
// The stream's URL and the header naming this connection come from the page (#live), never from
// here. Features subscribe with MediaPatchLive.on('topic.name', handler); an element marked
// data-live-refresh="topic.name" gets an htmx "live-refresh" event instead. Every request this tab
// makes names its connection, so the server does not echo the tab's own changes back to it.
(function () {
    'use strict';

    // Loaded once per tab; a second copy would open a second stream.
    if (window.MediaPatchLive) {
        return;
    }

    var stream = null;
    var connection = null;
    var header = null;
    var handlers = {};
    var listening = {};
    var opened = false;

    function dispatch(name, event) {
        var data = event.data ? JSON.parse(event.data) : {};
        (handlers[name] || []).forEach(function (handler) { handler(data); });
        document.querySelectorAll('[data-live-refresh]').forEach(function (element) {
            if (element.dataset.liveRefresh.split(' ').indexOf(name) >= 0 && window.htmx) {
                window.htmx.trigger(element, 'live-refresh');
            }
        });
    }

    function listen(name) {
        if (stream && !listening[name]) {
            listening[name] = true;
            stream.addEventListener(name, function (event) { dispatch(name, event); });
        }
    }

    function refreshAll() {
        document.querySelectorAll('[data-live-refresh]').forEach(function (element) {
            if (window.htmx) {
                window.htmx.trigger(element, 'live-refresh');
            }
        });
    }

    function connect() {
        var live = document.getElementById('live');
        if (!live) {
            if (stream) {
                stream.close();
                stream = null;
                connection = null;
            }
            return;
        }
        if (!stream && window.EventSource) {
            open(live);
        }
        document.querySelectorAll('[data-live-refresh]').forEach(function (element) {
            element.dataset.liveRefresh.split(' ').forEach(listen);
        });
    }

    function open(live) {
        listening = {};
        header = live.dataset.header;
        stream = new EventSource(live.dataset.stream);
        stream.addEventListener('live.hello', function (event) {
            connection = JSON.parse(event.data).connection;
        });
        stream.addEventListener('open', function () {
            // Live-only topics (the bell) missed what happened while the tab was disconnected.
            if (opened) {
                refreshAll();
            }
            opened = true;
        });
        Object.keys(handlers).forEach(listen);
    }

    window.MediaPatchLive = {
        on: function (name, handler) {
            (handlers[name] = handlers[name] || []).push(handler);
            listen(name);
        },
        // Adds this tab's connection id to a fetch's headers.
        headers: function (headers) {
            if (connection && header) {
                headers[header] = connection;
            }
            return headers;
        }
    };

    document.addEventListener('htmx:configRequest', function (event) {
        window.MediaPatchLive.headers(event.detail.headers);
    });
    document.addEventListener('htmx:load', connect);
    // Added by app.js after a boosted navigation (the page is loaded already): connect now.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connect);
    } else {
        connect();
    }
})();
